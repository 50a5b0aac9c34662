/**
 * Dates in the next two years on which the result changes by itself. Each candidate date comes
 * from the profile (birthdays, test expiries, work-year completions, rules versions); its effect
 * is measured by re-running the engine on that date and on the day before.
 */
import { addYears, completedYears, dayNumber, isoFromDayNumber, packedFromDayNumber } from '../dates/civil-date';
import type { Facts } from '../engine/facts';
import { expiryDay } from '../language/clb';
import { LANGUAGE_TESTS } from '../profile/profile-types';
import type { NormTest } from '../profile/normalized-profile';
import type { AssessmentResult, UpcomingChange } from '../result/result-types';
import { MEASURE_CANADIAN, MEASURE_FOREIGN, TEER_0_TO_3 } from '../work/entry-filters';
import { cecTeerMask } from '../work/work-measures';
import { withAssessDay } from './profile-edits';
import type { Runner } from './what-if';
import { crossingDays, type MeasureSpec } from './work-crossings';

export const UPCOMING_HORIZON_YEARS = 2;

interface Candidate {
  day: number;
  cause: string;
  detail: string;
  /** Listed even when neither the CRS total nor any eligibility changes. */
  always: boolean;
}

function birthdays(f: Facts, end: number, out: Candidate[]): void {
  const birth = f.p.birth;
  if (birth < 0) return;
  const age = completedYears(birth, packedFromDayNumber(f.assessDay));
  for (let k = age + 1; ; k++) {
    const day = dayNumber(addYears(birth, k));
    if (day > end) return;
    out.push({ day, cause: 'BIRTHDAY', detail: `age ${k}`, always: false });
  }
}

function testExpiry(f: Facts, t: NormTest, cause: string, end: number, out: Candidate[]): void {
  const day = expiryDay(f.rules, t);
  if (day > f.assessDay && day <= end) {
    out.push({ day, cause, detail: `${LANGUAGE_TESTS[t.kind]}:${t.iso}`, always: false });
  }
}

function workYears(f: Facts, end: number, out: Candidate[]): void {
  const r = f.rules;
  const progs = r.version.programs;
  const specs: [MeasureSpec, string, number][] = [
    [
      { work: f.p.work, measure: MEASURE_CANADIAN, teerMask: TEER_0_TO_3, windowYears: progs.crsWorkWindowYears },
      'CANADIAN_WORK_YEAR_COMPLETES',
      5,
    ],
    [
      { work: f.p.work, measure: MEASURE_FOREIGN, teerMask: TEER_0_TO_3, windowYears: progs.crsWorkWindowYears },
      'FOREIGN_WORK_YEAR_COMPLETES',
      5,
    ],
  ];
  if (f.withSpouse && f.p.spouse !== null) {
    const spouseSpec = {
      work: f.p.spouse.work,
      measure: MEASURE_CANADIAN,
      teerMask: TEER_0_TO_3,
      windowYears: progs.crsWorkWindowYears,
    };
    specs.push([spouseSpec, 'SPOUSE_CANADIAN_WORK_YEAR_COMPLETES', 5]);
  }
  if (f.work.cecAdjustedUnits < r.unitsPerYear) {
    const mask = cecTeerMask(r, f.lang.bestMinClb);
    specs.push([
      { work: f.p.work, measure: MEASURE_CANADIAN, teerMask: mask, windowYears: progs.cec.windowYears },
      'CEC_EXPERIENCE_SUFFICIENT',
      1,
    ]);
  }
  for (const [spec, cause, maxYears] of specs) {
    const days = crossingDays(spec, f.assessDay, end, r.unitsPerYear, r);
    for (const day of days.slice(0, maxYears)) out.push({ day, cause, detail: '', always: false });
  }
}

function rulesVersions(
  f: Facts,
  fromDays: readonly { fromDay: number; id: string }[],
  end: number,
  out: Candidate[],
): void {
  for (const v of fromDays) {
    if (v.fromDay > f.assessDay && v.fromDay <= end)
      out.push({ day: v.fromDay, cause: 'RULES_VERSION_CHANGES', detail: v.id, always: true });
  }
}

function eligibilityDiffers(a: AssessmentResult, b: AssessmentResult): boolean {
  const x = a.eligibility;
  const y = b.eligibility;
  return x.CEC.eligible !== y.CEC.eligible || x.FSW.eligible !== y.FSW.eligible || x.FST.eligible !== y.FST.eligible;
}

export function upcomingChanges(
  f: Facts,
  run: Runner,
  versionStarts: readonly { fromDay: number; id: string }[],
): UpcomingChange[] {
  const end = dayNumber(addYears(packedFromDayNumber(f.assessDay), UPCOMING_HORIZON_YEARS));
  const found: Candidate[] = [];
  birthdays(f, end, found);
  f.p.tests.forEach((t, i) => f.lang.valid[i] && testExpiry(f, t, 'LANGUAGE_TEST_EXPIRES', end, found));
  const st = f.withSpouse && f.p.spouse !== null ? f.p.spouse.test : null;
  if (st !== null && f.spouseTestValid) testExpiry(f, st, 'SPOUSE_LANGUAGE_TEST_EXPIRES', end, found);
  workYears(f, end, found);
  rulesVersions(f, versionStarts, end, found);
  const cache = new Map<number, AssessmentResult | null>();
  const at = (day: number) => {
    if (!cache.has(day)) cache.set(day, run(withAssessDay(f.p, day)));
    return cache.get(day) ?? null;
  };
  const out: UpcomingChange[] = [];
  for (const c of found.sort((a, b) => a.day - b.day)) {
    const now = at(c.day);
    const before = at(c.day - 1);
    if (now === null || before === null) continue;
    const crsChange = now.crs.total - before.crs.total;
    if (c.always || crsChange !== 0 || eligibilityDiffers(now, before)) {
      out.push({ date: isoFromDayNumber(c.day), cause: c.cause, crsChange, detail: c.detail });
    }
  }
  return out;
}
