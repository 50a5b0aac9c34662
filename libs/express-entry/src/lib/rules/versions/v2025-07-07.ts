/**
 * Proof-of-funds update of 2025-07-07; the rules the worked examples follow.
 * rules.md §0.1: a CRS change (high-wage occupations, job-offer points) reportedly took effect on
 * 2026-11-03 with unconfirmed point values, so results from that date carry a caveat until a
 * version with the confirmed values is added.
 */
import type { RulesVersion } from '../rules-types';
import { FUNDS_2025_07_07 } from '../tables/funds-tables';
import { RULES_2025_03_25 } from './v2025-03-25';

export const RULES_2025_07_07: RulesVersion = {
  ...RULES_2025_03_25,
  id: '2025-07-07',
  effectiveFrom: '2025-07-07',
  status: 'confirmed',
  description: 'No arranged-employment CRS points; 2025-07-07 proof-of-funds table',
  caveats: [{ from: '2026-11-03', note: 'RULES_MAY_BE_OUTDATED', status: 'provisional' }],
  funds: FUNDS_2025_07_07,
};
