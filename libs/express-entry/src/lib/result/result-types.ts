/**
 * The assessment result (assessment-contract.md, "Output"). Field names are the public contract;
 * fields after `notes` are additions of this engine.
 */
import type { Levels } from '../language/clb';
import type { LanguageTestType, OfficialLanguage } from '../profile/profile-types';
import type { RulesStatus } from '../rules/rules-types';
import type { ReasonCode } from './reason-codes';

export type { Levels };

export interface LanguageResult {
  firstOfficialLanguage: OfficialLanguage | null;
  first: { test: LanguageTestType; levels: Levels } | null;
  second: { test: LanguageTestType; levels: Levels } | null;
  tests: { test: LanguageTestType; date: string; valid: boolean; levels: Levels }[];
  spouse: { test: LanguageTestType; valid: boolean; levels: Levels } | null;
}

export interface WorkResult {
  canadianYearsCRS: number;
  foreignYearsCRS: number;
  spouseCanadianYearsCRS: number;
  /** Hours, two decimals. */
  cecQualifyingHours: number;
  cecQualifyingHoursLanguageAdjusted: number;
  fswSkilledYears: number;
  fswContinuousYear: boolean;
  fstQualifyingTrades: string[];
}

export interface ProgramResult {
  eligible: boolean;
  reasons: ReasonCode[];
}

export interface FswGrid {
  language: number;
  education: number;
  experience: number;
  age: number;
  arrangedEmployment: number;
  adaptability: number;
  total: number;
}

export interface CrsCore {
  age: number;
  education: number;
  firstLanguage: number;
  secondLanguage: number;
  canadianWork: number;
  subtotal: number;
}

export interface CrsSpouse {
  education: number;
  language: number;
  canadianWork: number;
  subtotal: number;
}

export interface CrsTransferability {
  educationLanguage: number;
  educationCanadianWork: number;
  foreignWorkLanguage: number;
  foreignWorkCanadianWork: number;
  certificateLanguage: number;
  educationSubtotal: number;
  foreignWorkSubtotal: number;
  certificateSubtotal: number;
  subtotal: number;
}

export interface CrsAdditional {
  provincialNomination: number;
  sibling: number;
  french: number;
  canadianEducation: number;
  arrangedEmployment: number;
  subtotal: number;
}

export interface CrsResult {
  withSpouse: boolean;
  core: CrsCore;
  spouse: CrsSpouse;
  transferability: CrsTransferability;
  additional: CrsAdditional;
  total: number;
}

export interface WhatIfItem {
  /** Stable lever code, e.g. LANGUAGE_ABILITY_UP, PROVINCIAL_NOMINATION. */
  lever: string;
  /** The concrete change, e.g. "IELTS_GT listening 8.5 (CLB 10)". */
  target: string;
  crsGain: number;
  newTotal: number;
}

export interface UpcomingChange {
  /** First day (ISO) on which the result differs. */
  date: string;
  /** Stable cause code, e.g. BIRTHDAY, LANGUAGE_TEST_EXPIRES. */
  cause: string;
  /** CRS total on `date` minus the total the day before (all changes falling on that date). */
  crsChange: number;
  /** What the cause refers to, e.g. "IELTS_GT:2025-03-01" or "age 30". */
  detail: string;
}

export interface Explanation {
  code: ReasonCode;
  message: string;
}

export interface AssessmentResult {
  age: number;
  language: LanguageResult;
  work: WorkResult;
  funds: { required: number; exempt: boolean };
  eligibility: {
    CEC: ProgramResult;
    FSW: ProgramResult & { grid: FswGrid };
    FST: ProgramResult;
  };
  eligibleForExpressEntry: boolean;
  crs: CrsResult;
  notes: string[];
  rulesVersion: string;
  rulesStatus: RulesStatus;
  engineVersion: string;
  /** One sentence per distinct reason code in `eligibility` (message catalogue). */
  explanations: Explanation[];
  /** Empty unless requested with `{ whatIf: true }`. */
  whatIf: WhatIfItem[];
  /** Empty unless requested with `{ upcomingChanges: true }`. */
  upcomingChanges: UpcomingChange[];
}
