/**
 * CRS point tables (rules.md §1-§4), unchanged since the November 2020 French-bonus increase.
 * Arranged-employment points are a version rule (see the version files), not part of these tables.
 */
import type { CrsTables } from '../rules-types';

export const CRS_TABLES_2020_11: CrsTables = {
  // prettier-ignore
  age: [
    [17, 0, 0], [18, 90, 99], [19, 95, 105],
    [20, 100, 110], [21, 100, 110], [22, 100, 110], [23, 100, 110], [24, 100, 110],
    [25, 100, 110], [26, 100, 110], [27, 100, 110], [28, 100, 110], [29, 100, 110],
    [30, 95, 105], [31, 90, 99], [32, 85, 94], [33, 80, 88], [34, 75, 83], [35, 70, 77],
    [36, 65, 72], [37, 60, 66], [38, 55, 61], [39, 50, 55], [40, 45, 50], [41, 35, 39],
    [42, 25, 28], [43, 15, 17], [44, 5, 6], [45, 0, 0],
  ],
  education: {
    less_than_secondary: [0, 0],
    secondary: [28, 30],
    one_year: [84, 90],
    two_year: [91, 98],
    bachelors: [112, 120],
    two_or_more: [119, 128],
    masters: [126, 135],
    doctoral: [140, 150],
  },
  firstLanguagePerAbility: [
    { min: 4, points: [6, 6] },
    { min: 6, points: [8, 9] },
    { min: 7, points: [16, 17] },
    { min: 8, points: [22, 23] },
    { min: 9, points: [29, 31] },
    { min: 10, points: [32, 34] },
  ],
  secondLanguagePerAbility: [
    { min: 5, points: 1 },
    { min: 7, points: 3 },
    { min: 9, points: 6 },
  ],
  secondLanguageCap: [22, 24],
  canadianWorkByYears: [
    { min: 1, points: [35, 40] },
    { min: 2, points: [46, 53] },
    { min: 3, points: [56, 64] },
    { min: 4, points: [63, 72] },
    { min: 5, points: [70, 80] },
  ],
  spouse: {
    education: {
      less_than_secondary: 0,
      secondary: 2,
      one_year: 6,
      two_year: 7,
      bachelors: 8,
      two_or_more: 9,
      masters: 10,
      doctoral: 10,
    },
    languagePerAbility: [
      { min: 5, points: 1 },
      { min: 7, points: 3 },
      { min: 9, points: 5 },
    ],
    canadianWorkByYears: [
      { min: 1, points: 5 },
      { min: 2, points: 7 },
      { min: 3, points: 8 },
      { min: 4, points: 9 },
      { min: 5, points: 10 },
    ],
  },
  transferability: {
    educationGroup: {
      less_than_secondary: 0,
      secondary: 0,
      one_year: 1,
      two_year: 1,
      bachelors: 1,
      // Master's, professional and doctoral degrees sit in the top row (archived MI clarification).
      two_or_more: 2,
      masters: 2,
      doctoral: 2,
    },
    foreignGroupByYears: [
      { min: 1, points: 1 },
      { min: 3, points: 2 },
    ],
    withClb7: [0, 13, 25],
    withClb9: [0, 25, 50],
    withCanadianOneYear: [0, 13, 25],
    withCanadianTwoYears: [0, 25, 50],
    certificateClb5: 25,
    certificateClb7: 50,
    groupCap: 50,
    cap: 100,
  },
  additional: {
    provincialNomination: 600,
    sibling: 15,
    frenchOnly: 25,
    frenchAndEnglish: 50,
    frenchMinNclc: 7,
    englishMinClbForFrenchAndEnglish: 5,
    canadianEducation: { none: 0, one_or_two_year: 15, three_year_or_more: 30 },
    cap: 600,
  },
  totalCap: 1200,
};
