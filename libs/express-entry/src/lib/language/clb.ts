/**
 * Score -> CLB/NCLC conversion through the compiled charts of a rules version.
 * 0 means "below the chart"; 10 means "10 or higher".
 */
import type { CompiledChart, CompiledRules } from '../rules/compile-rules';
import { scoreIndex } from '../rules/tables/test-scales';
import { addYears, dayNumber } from '../dates/civil-date';
import { TEF, type NormTest } from '../profile/normalized-profile';

export interface Levels {
  listening: number;
  reading: number;
  writing: number;
  speaking: number;
}

export function chartFor(rules: CompiledRules, kind: number, testDay: number): CompiledChart {
  if (kind !== TEF) return rules.charts[kind];
  const eras = rules.tefEras;
  for (let i = eras.length - 1; i > 0; i--) if (testDay >= eras[i].fromDay) return eras[i].chart;
  return eras[0].chart;
}

/** CLB/NCLC level of one score; the score must be on the test's scale (validation ensures it). */
export function levelOf(chart: CompiledChart, kind: number, ability: number, score: number): number {
  const idx = scoreIndex(kind, score);
  const table = chart.levels[ability];
  return idx < 0 ? 0 : table[idx < table.length ? idx : table.length - 1];
}

export function testLevels(rules: CompiledRules, t: NormTest): Levels {
  const chart = chartFor(rules, t.kind, t.day);
  const s = t.scores;
  return {
    listening: levelOf(chart, t.kind, 0, s[0]),
    reading: levelOf(chart, t.kind, 1, s[1]),
    writing: levelOf(chart, t.kind, 2, s[2]),
    speaking: levelOf(chart, t.kind, 3, s[3]),
  };
}

export function minLevel(l: Levels): number {
  return Math.min(l.listening, l.reading, l.writing, l.speaking);
}

/** Sum of per-ability points from a table indexed by level. */
export function pointsPerAbility(l: Levels, table: readonly number[]): number {
  return table[l.listening] + table[l.reading] + table[l.writing] + table[l.speaking];
}

/** First day a result no longer counts: the same calendar date N years later (choice 2). */
export function expiryDay(rules: CompiledRules, t: NormTest): number {
  return dayNumber(addYears(t.packed, rules.version.programs.languageValidityYears));
}

export function isTestValidOn(rules: CompiledRules, t: NormTest, day: number): boolean {
  return day < expiryDay(rules, t);
}
