/**
 * FSW selection grid (rules.md §8.2) and the program thresholds of CEC, FSW and FST (§7-§9),
 * as in force since the NOC 2021 switch (2022-11-16).
 */
import type { FswTables, ProgramRules } from '../rules-types';

export const FSW_GRID_2013: FswTables = {
  languagePerAbility: [
    { min: 7, points: 4 },
    { min: 8, points: 5 },
    { min: 9, points: 6 },
  ],
  secondLanguageMinClb: 5,
  secondLanguagePoints: 4,
  education: {
    less_than_secondary: 0,
    secondary: 5,
    one_year: 15,
    two_year: 19,
    bachelors: 21,
    two_or_more: 22,
    masters: 23,
    doctoral: 25,
  },
  experienceByYears: [
    { min: 1, points: 9 },
    { min: 2, points: 11 },
    { min: 4, points: 13 },
    { min: 6, points: 15 },
  ],
  // prettier-ignore
  age: [
    [17, 0], [18, 12], [35, 12], [36, 11], [37, 10], [38, 9], [39, 8], [40, 7], [41, 6],
    [42, 5], [43, 4], [44, 3], [45, 2], [46, 1], [47, 0],
  ],
  arrangedEmployment: 10,
  adaptability: {
    spouseLanguage: 5,
    ownStudy: 5,
    spouseStudy: 5,
    ownWork: 10,
    spouseWork: 5,
    arrangedEmployment: 5,
    relative: 5,
    cap: 10,
  },
  passMark: 67,
};

export const PROGRAM_RULES_2022_11_16: ProgramRules = {
  hoursPerYear: 1560,
  weeklyHoursCap: 30,
  crsWorkWindowYears: 10,
  languageValidityYears: 2,
  cec: { windowYears: 3, teer01MinClb: 7, teer23MinClb: 5 },
  fsw: { windowYears: 10, minClb: 7 },
  fst: {
    windowYears: 5,
    hoursRequired: 3120,
    minClb: { listening: 5, reading: 4, writing: 4, speaking: 5 },
    tradeNocPrefixes: ['72', '73', '82', '83', '92', '6320', '62200'],
    excludedNocPrefixes: ['726'],
  },
};
