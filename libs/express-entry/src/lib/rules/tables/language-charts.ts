/**
 * IRCC language test equivalency charts (rules.md §6): minimum score per CLB/NCLC level.
 * A score maps to the highest level whose minimum it meets; below the last row it is 0.
 */
import type { Chart, ChartRow, LanguageCharts } from '../rules-types';

function row(level: number, listening: number, reading: number, writing: number, speaking: number): ChartRow {
  return { level, listening, reading, writing, speaking };
}

/** Rows where all four abilities share the same minimum. */
function uniform(pairs: readonly (readonly [number, number])[]): Chart {
  return pairs.map(([level, min]) => row(level, min, min, min, min));
}

export const IELTS_GT_CHART: Chart = [
  row(10, 8.5, 8.0, 7.5, 7.5),
  row(9, 8.0, 7.0, 7.0, 7.0),
  row(8, 7.5, 6.5, 6.5, 6.5),
  row(7, 6.0, 6.0, 6.0, 6.0),
  row(6, 5.5, 5.0, 5.5, 5.5),
  row(5, 5.0, 4.0, 5.0, 5.0),
  row(4, 4.5, 3.5, 4.0, 4.0),
];

/** CELPIP-General: the level is the CLB; 10, 11 and 12 are all CLB 10. */
export const CELPIP_G_CHART: Chart = uniform([
  [10, 10],
  [9, 9],
  [8, 8],
  [7, 7],
  [6, 6],
  [5, 5],
  [4, 4],
]);

/** PTE Core is the only chart with a CLB 3 row. */
export const PTE_CORE_CHART: Chart = [
  row(10, 89, 88, 90, 89),
  row(9, 82, 78, 88, 84),
  row(8, 71, 69, 79, 76),
  row(7, 60, 60, 69, 68),
  row(6, 50, 51, 60, 59),
  row(5, 39, 42, 51, 51),
  row(4, 28, 33, 41, 42),
  row(3, 18, 24, 32, 34),
];

export const TEF_FROM_2023_12_11: Chart = [
  row(10, 546, 546, 558, 556),
  row(9, 503, 503, 512, 518),
  row(8, 462, 462, 472, 494),
  row(7, 434, 434, 428, 456),
  row(6, 393, 393, 379, 422),
  row(5, 352, 352, 330, 387),
  row(4, 306, 306, 268, 328),
];

export const TEF_2019_10_01_TO_2023_12_10: Chart = uniform([
  [10, 566],
  [9, 533],
  [8, 500],
  [7, 450],
  [6, 400],
  [5, 350],
  [4, 300],
]);

export const TEF_BEFORE_2019_10_01: Chart = [
  row(10, 316, 263, 393, 393),
  row(9, 298, 248, 371, 371),
  row(8, 280, 233, 349, 349),
  row(7, 249, 207, 310, 310),
  row(6, 217, 181, 271, 271),
  row(5, 181, 151, 226, 226),
  row(4, 145, 121, 181, 181),
];

export const TCF_CHART: Chart = [
  row(10, 549, 549, 16, 16),
  row(9, 523, 524, 14, 14),
  row(8, 503, 499, 12, 12),
  row(7, 458, 453, 10, 10),
  row(6, 398, 406, 7, 7),
  row(5, 369, 375, 6, 6),
  row(4, 331, 342, 4, 4),
];

export const LANGUAGE_CHARTS_2023_12_11: LanguageCharts = {
  IELTS_GT: IELTS_GT_CHART,
  CELPIP_G: CELPIP_G_CHART,
  PTE_CORE: PTE_CORE_CHART,
  TCF: TCF_CHART,
  TEF: [
    { testsFrom: '1900-01-01', rows: TEF_BEFORE_2019_10_01 },
    { testsFrom: '2019-10-01', rows: TEF_2019_10_01_TO_2023_12_10 },
    { testsFrom: '2023-12-11', rows: TEF_FROM_2023_12_11 },
  ],
};
