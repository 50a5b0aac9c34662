/**
 * The input profile of the assessment contract (assessment-contract.md, "Input profile").
 * These types describe a profile that has passed {@link validateProfile}; `assess` accepts `unknown`.
 */

export const EDUCATION_LEVELS = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const CANADIAN_EDUCATION = ['none', 'one_or_two_year', 'three_year_or_more'] as const;
export type CanadianEducation = (typeof CANADIAN_EDUCATION)[number];

export const MARITAL_STATUSES = ['single', 'married', 'common_law', 'divorced', 'separated', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** Order matters: the index is the engine's internal test kind. */
export const LANGUAGE_TESTS = ['IELTS_GT', 'CELPIP_G', 'PTE_CORE', 'TEF', 'TCF'] as const;
export type LanguageTestType = (typeof LANGUAGE_TESTS)[number];

export const ABILITIES = ['listening', 'reading', 'writing', 'speaking'] as const;
export type Ability = (typeof ABILITIES)[number];

export const OFFICIAL_LANGUAGES = ['english', 'french'] as const;
export type OfficialLanguage = (typeof OFFICIAL_LANGUAGES)[number];

export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Province = (typeof PROVINCES)[number];

export type AbilityScores = Record<Ability, number>;

export interface LanguageTestInput {
  test: LanguageTestType;
  /** ISO date `YYYY-MM-DD` the test was taken. */
  date: string;
  scores: AbilityScores;
}

export interface WorkEntryInput {
  inCanada: boolean;
  /** 5-digit NOC 2021 code. */
  noc: string;
  /** Defaults to the second digit of `noc`. */
  teer?: number;
  hoursPerWeek: number;
  startDate: string;
  /** `null` or absent: ongoing. */
  endDate?: string | null;
  selfEmployed?: boolean;
  fullTimeStudent?: boolean;
  /** Defaults to true. */
  authorized?: boolean;
  province?: string;
}

export interface SpouseInput {
  /** Defaults to true. */
  accompanying?: boolean;
  canadianCitizenOrPR?: boolean;
  /** Defaults to `less_than_secondary` (no points). */
  education?: EducationLevel;
  languageTest?: LanguageTestInput | null;
  work?: WorkEntryInput[];
  studiedInCanadaTwoYearsFullTime?: boolean;
}

export interface EducationInput {
  level: EducationLevel;
  canadian?: CanadianEducation;
  studiedInCanadaTwoYearsFullTime?: boolean;
}

export interface CertificateInput {
  noc: string;
  province?: string;
}

export interface JobOfferInput {
  noc: string;
  teer?: number;
  valid: boolean;
}

export interface Profile {
  assessmentDate: string;
  dateOfBirth?: string;
  age?: number;
  maritalStatus: MaritalStatus;
  spouse?: SpouseInput | null;
  education: EducationInput;
  languageTests?: LanguageTestInput[];
  firstOfficialLanguage?: OfficialLanguage | null;
  work?: WorkEntryInput[];
  certificateOfQualification?: CertificateInput | null;
  jobOffer?: JobOfferInput | null;
  authorizedToWorkInCanada?: boolean;
  provincialNomination?: boolean;
  siblingInCanada?: boolean;
  relativeInCanada?: boolean;
  intendedProvince?: Province | null;
  /** CAD; defaults to 0. */
  fundsAvailable?: number;
  /** Applicant + spouse + dependent children; defaults to 2 when married/common-law, else 1. */
  familySize?: number;
}
