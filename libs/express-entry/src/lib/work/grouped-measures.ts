/**
 * Measures over groups of entries with the same NOC: the FSW continuous year (same NOC, date
 * ranges touching or overlapping) and the FST qualifying trades (same eligible trade NOC).
 */
import type { CompiledRules } from '../rules/compile-rules';
import type { NormWork } from '../profile/normalized-profile';
import { addInterval, beginSweep, sweepTotal } from './interval-sum';
import { countsFor, MEASURE_FST, MEASURE_FSW } from './entry-filters';
import { UNITS_PER_HOUR } from '../rules/compile-rules';

let order = new Int32Array(32);

/** Indices of the measure's entries started by `to`, sorted by (NOC, start). Returns the count. */
function sortedByNoc(work: readonly NormWork[], measure: number, to: number, rules: CompiledRules): number {
  if (order.length < work.length) order = new Int32Array(work.length * 2);
  let n = 0;
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (w.start > to || !countsFor(w, measure, rules)) continue;
    let j = n++;
    while (j > 0 && isAfter(work[order[j - 1]], w)) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = i;
  }
  return n;
}

function isAfter(a: NormWork, b: NormWork): boolean {
  return a.nocNum > b.nocNum || (a.nocNum === b.nocNum && a.start > b.start);
}

/** Contract choice 5: some run of same-NOC entries that touch or overlap has >= 1 year in the window. */
export function continuousYear(work: readonly NormWork[], from: number, to: number, rules: CompiledRules): boolean {
  const n = sortedByNoc(work, MEASURE_FSW, to, rules);
  let i = 0;
  while (i < n) {
    const first = work[order[i]];
    let runEnd = first.end < to ? first.end : to;
    let j = i + 1;
    while (j < n) {
      const w = work[order[j]];
      if (w.nocNum !== first.nocNum || w.start > runEnd + 1) break;
      const end = w.end < to ? w.end : to;
      if (end > runEnd) runEnd = end;
      j++;
    }
    beginSweep();
    for (let k = i; k < j; k++) {
      const w = work[order[k]];
      addInterval(w.start, w.end, w.centiHours, from, to);
    }
    if (sweepTotal(rules.dailyCapUnits) >= rules.unitsPerYear) return true;
    i = j;
  }
  return false;
}

/** NOCs of eligible trades with the required hours (rules.md §9) in the window, ascending. */
export function qualifyingTrades(work: readonly NormWork[], from: number, to: number, rules: CompiledRules): string[] {
  const out: string[] = [];
  const n = sortedByNoc(work, MEASURE_FST, to, rules);
  const required = rules.version.programs.fst.hoursRequired * UNITS_PER_HOUR;
  let i = 0;
  while (i < n) {
    const noc = work[order[i]].nocNum;
    beginSweep();
    let j = i;
    for (; j < n && work[order[j]].nocNum === noc; j++) {
      const w = work[order[j]];
      addInterval(w.start, w.end, w.centiHours, from, to);
    }
    if (sweepTotal(rules.dailyCapUnits) >= required) out.push(work[order[i]].noc);
    i = j;
  }
  return out;
}
