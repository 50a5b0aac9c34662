/**
 * Which language results count on the assessment date (contract choices 2, 3, 6, 7, 11):
 * validity, the most recent valid test per language, first vs second official language.
 */
import type { CompiledRules } from '../rules/compile-rules';
import { ENGLISH, FRENCH, languageOfTest, type NormProfile } from '../profile/normalized-profile';
import { isTestValidOn, minLevel, pointsPerAbility, testLevels, type Levels } from './clb';

export interface LanguageState {
  /** Per input test, in input order. */
  levels: Levels[];
  valid: boolean[];
  /** Index of the most recent valid test per language, or -1. */
  english: number;
  french: number;
  /** ENGLISH, FRENCH or -1 (no valid test). */
  firstLanguage: number;
  first: number;
  second: number;
  /** Best (highest) minimum CLB over the four abilities among valid tests; -1 without one. */
  bestMinClb: number;
  /** Some valid test meets the FST minimums in every ability. */
  fstLanguageOk: boolean;
}

function meetsFst(l: Levels, rules: CompiledRules): boolean {
  const m = rules.version.programs.fst.minClb;
  return l.listening >= m.listening && l.reading >= m.reading && l.writing >= m.writing && l.speaking >= m.speaking;
}

/** The later test wins; on the same date the one worth more first-language points, then input order. */
function isBetter(state: LanguageState, rules: CompiledRules, p: NormProfile, i: number, current: number): boolean {
  if (current < 0) return true;
  const di = p.tests[i].day;
  const dc = p.tests[current].day;
  if (di !== dc) return di > dc;
  const table = rules.crsFirstLanguage[1];
  return pointsPerAbility(state.levels[i], table) > pointsPerAbility(state.levels[current], table);
}

export function languageState(p: NormProfile, rules: CompiledRules, assessDay: number): LanguageState {
  const state: LanguageState = {
    levels: [],
    valid: [],
    english: -1,
    french: -1,
    firstLanguage: -1,
    first: -1,
    second: -1,
    bestMinClb: -1,
    fstLanguageOk: false,
  };
  const tests = p.tests;
  for (let i = 0; i < tests.length; i++) {
    const levels = testLevels(rules, tests[i]);
    const valid = isTestValidOn(rules, tests[i], assessDay);
    state.levels.push(levels);
    state.valid.push(valid);
    if (!valid) continue;
    const m = minLevel(levels);
    if (m > state.bestMinClb) state.bestMinClb = m;
    if (!state.fstLanguageOk && meetsFst(levels, rules)) state.fstLanguageOk = true;
    if (languageOfTest(tests[i].kind) === ENGLISH) {
      if (isBetter(state, rules, p, i, state.english)) state.english = i;
    } else if (isBetter(state, rules, p, i, state.french)) state.french = i;
  }
  chooseFirstLanguage(state, rules, p.preferredLanguage);
  return state;
}

/** Contract choice 3: the stated language if it has a valid test, else the one worth more; tie -> English. */
function chooseFirstLanguage(state: LanguageState, rules: CompiledRules, preferred: number): void {
  const { english, french } = state;
  let first: number;
  if (preferred === ENGLISH && english >= 0) first = ENGLISH;
  else if (preferred === FRENCH && french >= 0) first = FRENCH;
  else if (english < 0) first = french < 0 ? -1 : FRENCH;
  else if (french < 0) first = ENGLISH;
  else {
    const table = rules.crsFirstLanguage[1];
    const e = pointsPerAbility(state.levels[english], table);
    const f = pointsPerAbility(state.levels[french], table);
    first = f > e ? FRENCH : ENGLISH;
  }
  state.firstLanguage = first;
  state.first = first === ENGLISH ? english : first === FRENCH ? french : -1;
  state.second = first === ENGLISH ? french : first === FRENCH ? english : -1;
}
