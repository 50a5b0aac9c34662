/**
 * Minimum requirements of CEC, FSW and FST (rules.md §7-§9), each a pass/fail with reason codes
 * exactly as the contract defines them.
 */
import type { Facts } from '../engine/facts';
import { minLevel } from '../language/clb';
import { EDU_LESS_THAN_SECONDARY } from '../profile/normalized-profile';
import type { FswGrid, ProgramResult } from '../result/result-types';
import type { ReasonCode } from '../result/reason-codes';

export interface FundsCheck {
  required: number;
  exempt: boolean;
}

function isQuebec(f: Facts): boolean {
  return f.p.intendedProvince === 'QC';
}

function fundsShort(f: Facts, funds: FundsCheck): boolean {
  return !funds.exempt && f.p.funds < funds.required;
}

/** Experience reason wins over the language reason; no valid test replaces the language reason. */
export function cec(f: Facts): ProgramResult {
  const reasons: ReasonCode[] = [];
  const perYear = f.rules.unitsPerYear;
  const noTest = f.lang.bestMinClb < 0;
  if (noTest) reasons.push('NO_VALID_LANGUAGE_TEST');
  if (f.work.cecUnits < perYear) reasons.push('CEC_INSUFFICIENT_CANADIAN_EXPERIENCE');
  else if (!noTest && f.work.cecAdjustedUnits < perYear) reasons.push('CEC_LANGUAGE_BELOW_THRESHOLD');
  if (isQuebec(f)) reasons.push('INTENDS_TO_LIVE_IN_QUEBEC');
  return { eligible: reasons.length === 0, reasons };
}

export function fsw(f: Facts, grid: FswGrid, funds: FundsCheck): ProgramResult & { grid: FswGrid } {
  const reasons: ReasonCode[] = [];
  const v = f.rules.version;
  if (f.lang.bestMinClb < 0) reasons.push('NO_VALID_LANGUAGE_TEST');
  else if (f.firstLevels === null || minLevel(f.firstLevels) < v.programs.fsw.minClb) {
    reasons.push('FSW_LANGUAGE_BELOW_CLB7');
  }
  if (!f.work.fswContinuousYear) reasons.push('FSW_INSUFFICIENT_SKILLED_EXPERIENCE');
  if (f.p.education === EDU_LESS_THAN_SECONDARY) reasons.push('FSW_NO_EDUCATION_CREDENTIAL');
  if (grid.total < v.fsw.passMark) reasons.push('FSW_GRID_BELOW_67');
  if (fundsShort(f, funds)) reasons.push('INSUFFICIENT_FUNDS');
  if (isQuebec(f)) reasons.push('INTENDS_TO_LIVE_IN_QUEBEC');
  return { eligible: reasons.length === 0, reasons, grid };
}

/** The certificate's or the valid job offer's NOC must be one of the qualifying trades. */
function hasOfferOrCertificate(f: Facts): boolean {
  const trades = f.work.fstTrades;
  const cert = f.p.certificateNoc;
  if (cert !== null && trades.includes(cert)) return true;
  const offer = f.p.jobOffer;
  return offer !== null && offer.valid && trades.includes(offer.noc);
}

export function fst(f: Facts, funds: FundsCheck): ProgramResult {
  const reasons: ReasonCode[] = [];
  if (f.lang.bestMinClb < 0) reasons.push('NO_VALID_LANGUAGE_TEST');
  else if (!f.lang.fstLanguageOk) reasons.push('FST_LANGUAGE_BELOW_THRESHOLD');
  if (f.work.fstTrades.length === 0) reasons.push('FST_INSUFFICIENT_TRADE_EXPERIENCE');
  else if (!hasOfferOrCertificate(f)) reasons.push('FST_NO_JOB_OFFER_OR_CERTIFICATE');
  if (fundsShort(f, funds)) reasons.push('INSUFFICIENT_FUNDS');
  if (isQuebec(f)) reasons.push('INTENDS_TO_LIVE_IN_QUEBEC');
  return { eligible: reasons.length === 0, reasons };
}
