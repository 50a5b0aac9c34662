/** Proof of settlement funds (rules.md §8.4, contract choice 9). */
import type { NormProfile } from '../profile/normalized-profile';
import type { FundsTable } from '../rules/rules-types';

export function requiredFunds(table: FundsTable, familySize: number): number {
  const sizes = table.byFamilySize;
  if (familySize <= sizes.length) return sizes[familySize - 1];
  return sizes[sizes.length - 1] + (familySize - sizes.length) * table.eachAdditional;
}

/** Authorized to work in Canada and holding a valid job offer: no funds needed. */
export function fundsExempt(p: NormProfile): boolean {
  return p.authorizedToWork && p.jobOffer !== null && p.jobOffer.valid;
}
