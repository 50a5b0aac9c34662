/** Which work entries each measure counts (contract choice 5). */
import type { CompiledRules } from '../rules/compile-rules';
import type { NormWork } from '../profile/normalized-profile';

export const MEASURE_CANADIAN = 0;
export const MEASURE_FOREIGN = 1;
export const MEASURE_FSW = 2;
export const MEASURE_FST = 3;

/** TEER masks: bit t set when TEER t counts. */
export const TEER_0_TO_3 = 0b1111;
export const TEER_2_TO_3 = 0b1100;

export function isTradeNoc(rules: CompiledRules, nocNum: number): boolean {
  for (const x of rules.fstExcludedPrefixes) if (((nocNum / x.divisor) | 0) === x.value) return false;
  for (const t of rules.fstTradePrefixes) if (((nocNum / t.divisor) | 0) === t.value) return true;
  return false;
}

/** Whether an entry belongs to a measure (contract choice 5). */
export function countsFor(w: NormWork, measure: number, rules: CompiledRules): boolean {
  if (w.teer > 3 && measure !== MEASURE_FST) return false;
  switch (measure) {
    case MEASURE_CANADIAN:
      return w.inCanada && w.authorized && !w.selfEmployed && !w.student;
    case MEASURE_FOREIGN:
      return !w.inCanada;
    case MEASURE_FSW:
      return !w.inCanada || w.authorized;
    default:
      return (!w.inCanada || w.authorized) && isTradeNoc(rules, w.nocNum);
  }
}

