/** Ranked what-if levers: every gain comes from re-running the engine on the modified profile. */
import type { Facts } from '../engine/facts';
import type { AssessmentResult, WhatIfItem } from '../result/result-types';
import type { NormProfile } from '../profile/normalized-profile';
import { candidates } from './levers';

/** Runs the engine (with the rules in force on the profile's date) on a profile. */
export type Runner = (p: NormProfile) => AssessmentResult | null;

/**
 * Levers with a positive CRS gain, best first (ties keep lever order). Levers that would not
 * change the total are left out: the list is a plan ranked by return.
 */
export function whatIf(f: Facts, base: AssessmentResult, run: Runner): WhatIfItem[] {
  const out: WhatIfItem[] = [];
  for (const c of candidates(f)) {
    const r = run(c.profile);
    if (r === null) continue;
    const crsGain = r.crs.total - base.crs.total;
    if (crsGain > 0) out.push({ lever: c.lever, target: c.target, crsGain, newTotal: r.crs.total });
  }
  return out.sort((a, b) => b.crsGain - a.crsGain);
}
