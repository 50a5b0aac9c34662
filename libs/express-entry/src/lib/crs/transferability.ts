/** CRS skill transferability (rules.md §3): three groups capped at 50 each, 100 in total. */
import type { Facts } from '../engine/facts';
import { minLevel } from '../language/clb';
import type { CrsTransferability } from '../result/result-types';
import { MAX_YEARS_INDEX } from '../rules/compile-rules';
import type { GroupPoints } from '../rules/rules-types';

/** 0: neither; 1: CLB 7+ in all four (one under 9); 2: CLB 9+ in all four. First language only. */
function languageBand(f: Facts): number {
  if (f.firstLevels === null) return 0;
  const m = minLevel(f.firstLevels);
  return m >= 9 ? 2 : m >= 7 ? 1 : 0;
}

function byBand(band: number, lower: GroupPoints, upper: GroupPoints, group: number): number {
  return band === 2 ? upper[group] : band === 1 ? lower[group] : 0;
}

function certificatePoints(f: Facts): number {
  if (f.p.certificateNoc === null || f.firstLevels === null) return 0;
  const t = f.rules.version.crs.transferability;
  const m = minLevel(f.firstLevels);
  return m >= 7 ? t.certificateClb7 : m >= 5 ? t.certificateClb5 : 0;
}

function capped(value: number, cap: number): number {
  return value < cap ? value : cap;
}

export function transferability(f: Facts): CrsTransferability {
  const r = f.rules;
  const t = r.version.crs.transferability;
  const lang = languageBand(f);
  const cdn = f.canadianYears >= 2 ? 2 : f.canadianYears >= 1 ? 1 : 0;
  const eduGroup = r.educationGroup[f.p.education];
  const foreignGroup = r.foreignGroup[f.foreignYears < MAX_YEARS_INDEX ? f.foreignYears : MAX_YEARS_INDEX];
  const educationLanguage = byBand(lang, t.withClb7, t.withClb9, eduGroup);
  const educationCanadianWork = byBand(cdn, t.withCanadianOneYear, t.withCanadianTwoYears, eduGroup);
  const foreignWorkLanguage = byBand(lang, t.withClb7, t.withClb9, foreignGroup);
  const foreignWorkCanadianWork = byBand(cdn, t.withCanadianOneYear, t.withCanadianTwoYears, foreignGroup);
  const certificateLanguage = certificatePoints(f);
  const educationSubtotal = capped(educationLanguage + educationCanadianWork, t.groupCap);
  const foreignWorkSubtotal = capped(foreignWorkLanguage + foreignWorkCanadianWork, t.groupCap);
  const certificateSubtotal = capped(certificateLanguage, t.groupCap);
  return {
    educationLanguage,
    educationCanadianWork,
    foreignWorkLanguage,
    foreignWorkCanadianWork,
    certificateLanguage,
    educationSubtotal,
    foreignWorkSubtotal,
    certificateSubtotal,
    subtotal: capped(educationSubtotal + foreignWorkSubtotal + certificateSubtotal, t.cap),
  };
}
