/**
 * The work-experience measures of the contract (choice 4 and 5). Each measure has its own set of
 * entries and window; the 30 h/week cap applies across the entries of that measure only.
 * Time is in units of 1/700 h (hours per week x 100 per day), so every sum is an exact integer.
 */
import type { CompiledRules } from '../rules/compile-rules';
import type { NormWork } from '../profile/normalized-profile';
import { addInterval, beginSweep, sweepTotal, sweepTotalFrom } from './interval-sum';
import { continuousYear, qualifyingTrades } from './grouped-measures';
import {
  countsFor,
  MEASURE_CANADIAN,
  MEASURE_FOREIGN,
  MEASURE_FSW,
  MEASURE_FST,
  TEER_0_TO_3,
  TEER_2_TO_3,
} from './entry-filters';

export interface Windows {
  assessDay: number;
  crsFrom: number;
  cecFrom: number;
  fswFrom: number;
  fstFrom: number;
}

export interface WorkMeasures {
  canadianUnits: number;
  foreignUnits: number;
  spouseCanadianUnits: number;
  cecUnits: number;
  cecAdjustedUnits: number;
  fswUnits: number;
  fswContinuousYear: boolean;
  fstTrades: string[];
}

/** Adds one measure's entries (restricted to `teerMask`), clipped to [from, to], to a new sweep. */
function collect(
  work: readonly NormWork[],
  measure: number,
  teerMask: number,
  from: number,
  to: number,
  rules: CompiledRules,
): void {
  beginSweep();
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (((teerMask >> w.teer) & 1) === 0 || !countsFor(w, measure, rules)) continue;
    addInterval(w.start, w.end, w.centiHours, from, to);
  }
}

/** Capped units of one measure's entries (restricted to `teerMask`) in [from, to]. */
export function measureUnits(
  work: readonly NormWork[],
  measure: number,
  teerMask: number,
  from: number,
  to: number,
  rules: CompiledRules,
): number {
  collect(work, measure, teerMask, from, to, rules);
  return sweepTotal(rules.dailyCapUnits);
}

/** TEER 0/1 hours need CLB 7, TEER 2/3 hours CLB 5, on the best valid test (choice 6). */
export function cecTeerMask(rules: CompiledRules, bestMinClb: number): number {
  const cec = rules.version.programs.cec;
  if (bestMinClb >= cec.teer01MinClb && bestMinClb >= cec.teer23MinClb) return TEER_0_TO_3;
  return bestMinClb >= cec.teer23MinClb ? TEER_2_TO_3 : 0;
}

/** Which measures have any entries at all (bit per measure; trades checked against the rules). */
function presentMeasures(work: readonly NormWork[], rules: CompiledRules): number {
  let mask = 0;
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const m = w.measures & ~(1 << MEASURE_FST);
    mask |= rules.tradeNocs[w.nocNum] === 1 ? w.measures : m;
  }
  return mask;
}

/** Canadian work: the CRS 10-year total and the CEC 3-year totals share one set of entries. */
function canadian(work: readonly NormWork[], w: Windows, rules: CompiledRules, cecMask: number): number[] {
  const cap = rules.dailyCapUnits;
  collect(work, MEASURE_CANADIAN, TEER_0_TO_3, w.crsFrom, w.assessDay, rules);
  const crs = sweepTotal(cap);
  const cec = sweepTotalFrom(cap, w.cecFrom);
  if (cecMask === TEER_0_TO_3 || cec === 0) return [crs, cec, cec];
  return [crs, cec, cecMask === 0 ? 0 : measureUnits(work, MEASURE_CANADIAN, cecMask, w.cecFrom, w.assessDay, rules)];
}

export function workMeasures(
  work: readonly NormWork[],
  spouseWork: readonly NormWork[] | null,
  w: Windows,
  rules: CompiledRules,
  bestMinClb: number,
): WorkMeasures {
  const to = w.assessDay;
  const present = presentMeasures(work, rules);
  const fsw = (present & (1 << MEASURE_FSW)) !== 0;
  const cdn =
    (present & (1 << MEASURE_CANADIAN)) !== 0 ? canadian(work, w, rules, cecTeerMask(rules, bestMinClb)) : [0, 0, 0];
  const spouseHas = spouseWork !== null && spouseWork.length > 0;
  return {
    canadianUnits: cdn[0],
    foreignUnits:
      (present & (1 << MEASURE_FOREIGN)) !== 0
        ? measureUnits(work, MEASURE_FOREIGN, TEER_0_TO_3, w.crsFrom, to, rules)
        : 0,
    spouseCanadianUnits: spouseHas ? measureUnits(spouseWork, MEASURE_CANADIAN, TEER_0_TO_3, w.crsFrom, to, rules) : 0,
    cecUnits: cdn[1],
    cecAdjustedUnits: cdn[2],
    fswUnits: fsw ? measureUnits(work, MEASURE_FSW, TEER_0_TO_3, w.fswFrom, to, rules) : 0,
    fswContinuousYear: fsw && continuousYear(work, w.fswFrom, to, rules),
    fstTrades: (present & (1 << MEASURE_FST)) !== 0 ? qualifyingTrades(work, w.fstFrom, to, rules) : [],
  };
}

/** Completed years: floor(units / one year of units). */
export function yearsOf(units: number, rules: CompiledRules): number {
  return Math.floor(units / rules.unitsPerYear);
}

/** Hours with two decimals, as the contract shows them (857.14). */
export function hoursOf(units: number): number {
  return Math.round(units / 7) / 100;
}
