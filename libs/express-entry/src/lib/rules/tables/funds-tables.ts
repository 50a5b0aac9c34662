/** Proof-of-settlement-funds tables (rules.md §8.4), CAD by family size. */
import type { FundsTable } from '../rules-types';

export const FUNDS_2024_06_03: FundsTable = {
  byFamilySize: [14690, 18288, 22483, 27297, 30690, 34917, 38875],
  eachAdditional: 3958,
};

export const FUNDS_2025_07_07: FundsTable = {
  byFamilySize: [15263, 19001, 23360, 28362, 32168, 36280, 40392],
  eachAdditional: 4112,
};
