/**
 * Rules as assessed from 2024-06-03 (proof-of-funds table of that date) until arranged-employment
 * points were removed on 2025-03-25. Earlier assessment dates are outside the engine's range.
 */
import type { ArrangedEmploymentRule, RulesVersion } from '../rules-types';
import { CRS_TABLES_2020_11 } from '../tables/crs-tables';
import { FSW_GRID_2013, PROGRAM_RULES_2022_11_16 } from '../tables/fsw-and-program-tables';
import { FUNDS_2024_06_03 } from '../tables/funds-tables';
import { LANGUAGE_CHARTS_2023_12_11 } from '../tables/language-charts';

/** 200 for NOC major group 00 (senior management), 50 for any other TEER 0-3 qualifying offer. */
export const arrangedEmployment50or200: ArrangedEmploymentRule = (offer) => {
  if (!offer.valid || offer.teer > 3) return 0;
  return offer.noc.startsWith('00') ? 200 : 50;
};

export const RULES_2024_06_03: RulesVersion = {
  id: '2024-06-03',
  effectiveFrom: '2024-06-03',
  status: 'confirmed',
  description: 'CRS with arranged-employment points (50/200); 2024-06-03 proof-of-funds table',
  caveats: [],
  language: LANGUAGE_CHARTS_2023_12_11,
  crs: CRS_TABLES_2020_11,
  fsw: FSW_GRID_2013,
  programs: PROGRAM_RULES_2022_11_16,
  funds: FUNDS_2024_06_03,
  arrangedEmployment: arrangedEmployment50or200,
  jobOfferNote: null,
};
