/**
 * The work-experience measures of the contract (choice 4 and 5). Each measure has its own set of
 * entries and window; the 30 h/week cap applies across the entries of that measure only.
 * Time is in units of 1/700 h (hours per week x 100 per day), so every sum is an exact integer.
 */
import type { CompiledRules } from '../rules/compile-rules';
import type { NormWork } from '../profile/normalized-profile';
import { addInterval, beginSweep, sweepTotal } from './interval-sum';
import { continuousYear, qualifyingTrades } from './grouped-measures';
import { countsFor, MEASURE_CANADIAN, MEASURE_FOREIGN, MEASURE_FSW, TEER_0_TO_3, TEER_2_TO_3 } from './entry-filters';

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

/** Capped units of one measure's entries (restricted to `teerMask`) in [from, to]. */
export function measureUnits(
  work: readonly NormWork[],
  measure: number,
  teerMask: number,
  from: number,
  to: number,
  rules: CompiledRules,
): number {
  beginSweep();
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (((teerMask >> w.teer) & 1) === 0 || !countsFor(w, measure, rules)) continue;
    addInterval(w.start, w.end, w.centiHours, from, to);
  }
  return sweepTotal(rules.dailyCapUnits);
}

/** TEER 0/1 hours need CLB 7, TEER 2/3 hours CLB 5, on the best valid test (choice 6). */
export function cecTeerMask(rules: CompiledRules, bestMinClb: number): number {
  const cec = rules.version.programs.cec;
  if (bestMinClb >= cec.teer01MinClb && bestMinClb >= cec.teer23MinClb) return TEER_0_TO_3;
  return bestMinClb >= cec.teer23MinClb ? TEER_2_TO_3 : 0;
}

export function workMeasures(
  work: readonly NormWork[],
  spouseWork: readonly NormWork[] | null,
  w: Windows,
  rules: CompiledRules,
  bestMinClb: number,
): WorkMeasures {
  const to = w.assessDay;
  const cecMask = cecTeerMask(rules, bestMinClb);
  const cecUnits = measureUnits(work, MEASURE_CANADIAN, TEER_0_TO_3, w.cecFrom, to, rules);
  return {
    canadianUnits: measureUnits(work, MEASURE_CANADIAN, TEER_0_TO_3, w.crsFrom, to, rules),
    foreignUnits: measureUnits(work, MEASURE_FOREIGN, TEER_0_TO_3, w.crsFrom, to, rules),
    spouseCanadianUnits:
      spouseWork === null ? 0 : measureUnits(spouseWork, MEASURE_CANADIAN, TEER_0_TO_3, w.crsFrom, to, rules),
    cecUnits,
    cecAdjustedUnits:
      cecMask === TEER_0_TO_3 ? cecUnits : measureUnits(work, MEASURE_CANADIAN, cecMask, w.cecFrom, to, rules),
    fswUnits: measureUnits(work, MEASURE_FSW, TEER_0_TO_3, w.fswFrom, to, rules),
    fswContinuousYear: continuousYear(work, w.fswFrom, to, rules),
    fstTrades: qualifyingTrades(work, w.fstFrom, to, rules),
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
