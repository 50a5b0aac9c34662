/**
 * Copy-on-write edits of a normalized profile for what-if and upcoming-change re-runs. The original
 * profile is never mutated; only the parts on the edited path are copied.
 */
import { addYears, dayNumber, isoFromDayNumber, packedFromDayNumber } from '../dates/civil-date';
import { TEF, type NormProfile, type NormTest } from '../profile/normalized-profile';
import { ABILITIES, LANGUAGE_TESTS, type LanguageTestType } from '../profile/profile-types';
import type { ChartRow, RulesVersion } from '../rules/rules-types';
import { isoToDay } from '../rules/compile-rules';

export function withAssessDay(p: NormProfile, day: number): NormProfile {
  return { ...p, assessDay: day, assessPacked: packedFromDayNumber(day) };
}

export function withTestScores(t: NormTest, scores: number[]): NormTest {
  return { ...t, scores };
}

export function replaceTest(p: NormProfile, index: number, t: NormTest): NormProfile {
  const tests = p.tests.slice();
  tests[index] = t;
  return { ...p, tests };
}

/** A new test taken on the assessment date. */
export function newTest(p: NormProfile, kind: number, scores: number[]): NormTest {
  return { kind, iso: isoFromDayNumber(p.assessDay), packed: p.assessPacked, day: p.assessDay, scores };
}

function shiftTest(t: NormTest, years: number): NormTest {
  const packed = addYears(t.packed, years);
  const day = dayNumber(packed);
  return { ...t, packed, day, iso: isoFromDayNumber(day) };
}

/**
 * The same person `years` later with age and test validity held constant: only the passage of
 * time in the work history remains (ongoing jobs keep running, older work slides out of windows).
 */
export function laterWithSamePerson(p: NormProfile, years: number): NormProfile {
  const st = p.spouse === null ? null : p.spouse.test;
  const spouse = p.spouse === null || st === null ? p.spouse : { ...p.spouse, test: shiftTest(st, years) };
  return {
    ...withAssessDay(p, dayNumber(addYears(p.assessPacked, years))),
    birth: p.birth < 0 ? p.birth : addYears(p.birth, years),
    tests: p.tests.map((t) => shiftTest(t, years)),
    spouse,
  };
}

/** Chart rows for a test kind and date under a rules version (TEF by test date). */
export function chartRows(v: RulesVersion, kind: number, testDay: number): readonly ChartRow[] {
  if (kind !== TEF) return v.language[LANGUAGE_TESTS[kind] as Exclude<LanguageTestType, 'TEF'>];
  let rows = v.language.TEF[0].rows;
  for (const era of v.language.TEF) if (testDay >= isoToDay(era.testsFrom)) rows = era.rows;
  return rows;
}

/** The row of the lowest level above `level`, or null at the top of the chart. */
export function nextRow(rows: readonly ChartRow[], level: number): ChartRow | null {
  let best: ChartRow | null = null;
  for (const r of rows) if (r.level > level && (best === null || r.level < best.level)) best = r;
  return best;
}

/** The row of exactly `level`, or null. */
export function rowAt(rows: readonly ChartRow[], level: number): ChartRow | null {
  for (const r of rows) if (r.level === level) return r;
  return null;
}

export function rowScores(r: ChartRow): number[] {
  return ABILITIES.map((a) => r[a]);
}
