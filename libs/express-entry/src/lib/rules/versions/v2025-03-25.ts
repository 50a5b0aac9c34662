/** Ministerial Instructions of 2025-03-25: arranged-employment CRS points removed ("temporarily"). */
import type { ArrangedEmploymentRule, RulesVersion } from '../rules-types';
import { RULES_2024_06_03 } from './v2024-06-03';

export const noArrangedEmploymentPoints: ArrangedEmploymentRule = () => 0;

export const RULES_2025_03_25: RulesVersion = {
  ...RULES_2024_06_03,
  id: '2025-03-25',
  effectiveFrom: '2025-03-25',
  status: 'confirmed',
  description: 'No arranged-employment CRS points; 2024-06-03 proof-of-funds table',
  arrangedEmployment: noArrangedEmploymentPoints,
  jobOfferNote: 'JOB_OFFER_NO_CRS_POINTS_SINCE_2025_03_25',
};
