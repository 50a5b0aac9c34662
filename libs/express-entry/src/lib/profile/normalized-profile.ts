/**
 * The validated profile in the engine's own shape: dates as day numbers, enums as small integers,
 * defaults applied. Built once by validation so the rules never re-parse strings, and cheap to copy
 * with one field changed (what-if and upcoming changes re-run the engine on such copies).
 */

/** Index into LANGUAGE_TESTS. */
export const IELTS_GT = 0;
export const CELPIP_G = 1;
export const PTE_CORE = 2;
export const TEF = 3;
export const TCF = 4;

export const ENGLISH = 0;
export const FRENCH = 1;

/** Index into EDUCATION_LEVELS. */
export const EDU_LESS_THAN_SECONDARY = 0;
export const EDU_SECONDARY = 1;
export const EDU_DOCTORAL = 7;

/** Day number used for the end of an ongoing job: later than any date the engine accepts. */
export const OPEN_END = 1_000_000;

export interface NormTest {
  kind: number;
  /** The test date as given (notes quote it verbatim). */
  iso: string;
  /** Packed yyyymmdd and day number of the test date. */
  packed: number;
  day: number;
  /** Scores in ability order: listening, reading, writing, speaking. */
  scores: number[];
}

export interface NormWork {
  inCanada: boolean;
  noc: string;
  /** The NOC code as an integer (00012 -> 12), for prefix tests without string work. */
  nocNum: number;
  teer: number;
  /** Hours per week in hundredths: one day then contributes `centiHours` units of 1/700 h. */
  centiHours: number;
  start: number;
  /** Inclusive; OPEN_END when ongoing. */
  end: number;
  selfEmployed: boolean;
  student: boolean;
  authorized: boolean;
  /** Bit set of the measures (entry-filters.ts) this entry belongs to, trade NOC aside. */
  measures: number;
}

export interface NormSpouse {
  accompanying: boolean;
  citizenOrPR: boolean;
  education: number;
  test: NormTest | null;
  work: NormWork[];
  studied: boolean;
}

export interface NormJobOffer {
  noc: string;
  nocNum: number;
  teer: number;
  valid: boolean;
}

export interface NormProfile {
  assessDay: number;
  /** The same date packed as yyyymmdd (calendar arithmetic: ages, windows). */
  assessPacked: number;
  /** Packed yyyymmdd of the date of birth, or -1 when only `age` was given. */
  birth: number;
  /** The given age, used only when there is no date of birth. */
  givenAge: number;
  married: boolean;
  spouse: NormSpouse | null;
  education: number;
  canadianEducation: number;
  studied: boolean;
  tests: NormTest[];
  /** ENGLISH, FRENCH or -1. */
  preferredLanguage: number;
  work: NormWork[];
  certificateNoc: string | null;
  jobOffer: NormJobOffer | null;
  authorizedToWork: boolean;
  provincialNomination: boolean;
  sibling: boolean;
  relative: boolean;
  intendedProvince: string | null;
  funds: number;
  familySize: number;
}

export function languageOfTest(kind: number): number {
  return kind >= TEF ? FRENCH : ENGLISH;
}
