/**
 * Equivalency charts, table-driven from literal copies of rules.md §6 written independently of the
 * engine's tables: every row's exact minimum reaches its level and one scale step below does not.
 */
import { toClb, type Ability, type LanguageTestType } from '../../index';

type Minima = Record<Ability, number[]>;
interface Chart {
  test: LanguageTestType;
  date: string;
  step: number;
  /** Levels of the rows, top first. */
  levels: number[];
  minima: Minima;
}

const TOP_DOWN = [10, 9, 8, 7, 6, 5, 4];

const CHARTS: Chart[] = [
  {
    test: 'IELTS_GT',
    date: '2026-03-01',
    step: 0.5,
    levels: TOP_DOWN,
    minima: {
      listening: [8.5, 8, 7.5, 6, 5.5, 5, 4.5],
      reading: [8, 7, 6.5, 6, 5, 4, 3.5],
      writing: [7.5, 7, 6.5, 6, 5.5, 5, 4],
      speaking: [7.5, 7, 6.5, 6, 5.5, 5, 4],
    },
  },
  {
    test: 'CELPIP_G',
    date: '2026-03-01',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [10, 9, 8, 7, 6, 5, 4],
      reading: [10, 9, 8, 7, 6, 5, 4],
      writing: [10, 9, 8, 7, 6, 5, 4],
      speaking: [10, 9, 8, 7, 6, 5, 4],
    },
  },
  {
    test: 'PTE_CORE',
    date: '2026-03-01',
    step: 1,
    levels: [10, 9, 8, 7, 6, 5, 4, 3],
    minima: {
      listening: [89, 82, 71, 60, 50, 39, 28, 18],
      reading: [88, 78, 69, 60, 51, 42, 33, 24],
      writing: [90, 88, 79, 69, 60, 51, 41, 32],
      speaking: [89, 84, 76, 68, 59, 51, 42, 34],
    },
  },
  {
    test: 'TEF',
    date: '2023-12-11',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [546, 503, 462, 434, 393, 352, 306],
      reading: [546, 503, 462, 434, 393, 352, 306],
      writing: [558, 512, 472, 428, 379, 330, 268],
      speaking: [556, 518, 494, 456, 422, 387, 328],
    },
  },
  {
    test: 'TEF',
    date: '2023-12-10',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [566, 533, 500, 450, 400, 350, 300],
      reading: [566, 533, 500, 450, 400, 350, 300],
      writing: [566, 533, 500, 450, 400, 350, 300],
      speaking: [566, 533, 500, 450, 400, 350, 300],
    },
  },
  {
    test: 'TEF',
    date: '2019-10-01',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [566, 533, 500, 450, 400, 350, 300],
      reading: [566, 533, 500, 450, 400, 350, 300],
      writing: [566, 533, 500, 450, 400, 350, 300],
      speaking: [566, 533, 500, 450, 400, 350, 300],
    },
  },
  {
    test: 'TEF',
    date: '2019-09-30',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [316, 298, 280, 249, 217, 181, 145],
      reading: [263, 248, 233, 207, 181, 151, 121],
      writing: [393, 371, 349, 310, 271, 226, 181],
      speaking: [393, 371, 349, 310, 271, 226, 181],
    },
  },
  {
    test: 'TCF',
    date: '2026-03-01',
    step: 1,
    levels: TOP_DOWN,
    minima: {
      listening: [549, 523, 503, 458, 398, 369, 331],
      reading: [549, 524, 499, 453, 406, 375, 342],
      writing: [16, 14, 12, 10, 7, 6, 4],
      speaking: [16, 14, 12, 10, 7, 6, 4],
    },
  },
];

const ABILITIES: Ability[] = ['listening', 'reading', 'writing', 'speaking'];

const rows = CHARTS.flatMap((c) =>
  ABILITIES.flatMap((a) =>
    c.levels.map((level, i) => ({
      name: `${c.test} (${c.date}) ${a} row ${level}`,
      chart: c,
      ability: a,
      level,
      min: c.minima[a][i],
      levelBelow: i + 1 < c.levels.length ? c.levels[i + 1] : 0,
    })),
  ),
);

describe('language test equivalency charts', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s: the minimum reaches the level', (_n, r) => {
    expect(toClb(r.chart.test, r.ability, r.min, r.chart.date)).toBe(r.level);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s: one step below falls to the row beneath', (_n, r) => {
    expect(toClb(r.chart.test, r.ability, r.min - r.chart.step, r.chart.date)).toBe(r.levelBelow);
  });

  it('CELPIP 11 and 12 are CLB 10, 3 is below the chart', () => {
    expect(toClb('CELPIP_G', 'listening', 12, '2026-01-01')).toBe(10);
    expect(toClb('CELPIP_G', 'speaking', 11, '2026-01-01')).toBe(10);
    expect(toClb('CELPIP_G', 'reading', 3, '2026-01-01')).toBe(0);
  });

  it('the top of each scale is CLB 10', () => {
    expect(toClb('IELTS_GT', 'reading', 9, '2026-01-01')).toBe(10);
    expect(toClb('PTE_CORE', 'writing', 90, '2026-01-01')).toBe(10);
    expect(toClb('TEF', 'speaking', 699, '2026-01-01')).toBe(10);
    expect(toClb('TCF', 'writing', 20, '2026-01-01')).toBe(10);
  });

  it('the same TEF score maps by test date to three different levels', () => {
    expect(toClb('TEF', 'listening', 450, '2024-06-01')).toBe(7);
    expect(toClb('TEF', 'listening', 450, '2022-06-01')).toBe(7);
    expect(toClb('TEF', 'listening', 503, '2024-06-01')).toBe(9);
    expect(toClb('TEF', 'listening', 503, '2022-06-01')).toBe(8);
    expect(toClb('TEF', 'listening', 300, '2019-01-01')).toBe(9);
  });

  it('an off-scale score, unknown test or bad date gives NaN', () => {
    expect(toClb('IELTS_GT', 'listening', 6.3, '2026-01-01')).toBeNaN();
    expect(toClb('IELTS_GT', 'listening', 9.5, '2026-01-01')).toBeNaN();
    expect(toClb('TEF', 'listening', 400, '2019-01-01')).toBeNaN();
    expect(toClb('TOEFL' as LanguageTestType, 'listening', 100, '2026-01-01')).toBeNaN();
    expect(toClb('CELPIP_G', 'listening', 9, '2026-02-30')).toBeNaN();
  });
});
