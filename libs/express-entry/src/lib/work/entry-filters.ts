/**
 * Which work entries each measure counts (contract choice 5). Membership that does not depend on
 * the rules version is computed once per entry at validation (`NormWork.measures`); the FST trade
 * list is a rules-version lookup table.
 */
import type { CompiledRules } from '../rules/compile-rules';
import type { NormWork } from '../profile/normalized-profile';

/** Measure ids double as bit positions in `NormWork.measures`. */
export const MEASURE_CANADIAN = 0;
export const MEASURE_FOREIGN = 1;
export const MEASURE_FSW = 2;
export const MEASURE_FST = 3;

/** TEER masks: bit t set when TEER t counts. */
export const TEER_0_TO_3 = 0b1111;
export const TEER_2_TO_3 = 0b1100;

/**
 * CRS/CEC Canadian: in Canada, TEER 0-3, authorized, not self-employed, not a full-time student.
 * Foreign: outside Canada, TEER 0-3. FSW: TEER 0-3, Canadian work authorized.
 * FST (before the trade-NOC test): Canadian work authorized.
 */
export function measureMask(
  inCanada: boolean,
  teer: number,
  authorized: boolean,
  selfEmployed: boolean,
  student: boolean,
): number {
  const skilled = teer >= 0 && teer <= 3;
  const allowed = !inCanada || authorized;
  let mask = 0;
  if (skilled && inCanada && authorized && !selfEmployed && !student) mask |= 1 << MEASURE_CANADIAN;
  if (skilled && !inCanada) mask |= 1 << MEASURE_FOREIGN;
  if (skilled && allowed) mask |= 1 << MEASURE_FSW;
  if (allowed) mask |= 1 << MEASURE_FST;
  return mask;
}

export function isTradeNoc(rules: CompiledRules, nocNum: number): boolean {
  return rules.tradeNocs[nocNum] === 1;
}

/** Whether an entry belongs to a measure. */
export function countsFor(w: NormWork, measure: number, rules: CompiledRules): boolean {
  if (((w.measures >> measure) & 1) === 0) return false;
  return measure !== MEASURE_FST || rules.tradeNocs[w.nocNum] === 1;
}
