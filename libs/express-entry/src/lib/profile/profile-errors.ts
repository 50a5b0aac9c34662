/** Validation errors: a JSON-ish path, a stable code and an English message. */

export const PROFILE_ERROR_CODES = [
  'NOT_AN_OBJECT',
  'REQUIRED',
  'INVALID_TYPE',
  'INVALID_ENUM',
  'INVALID_DATE',
  'IMPOSSIBLE_DATE',
  'DATE_OUT_OF_RANGE',
  'AGE_OR_DATE_OF_BIRTH_REQUIRED',
  'AGE_OUT_OF_RANGE',
  'DATE_OF_BIRTH_AFTER_ASSESSMENT',
  'UNKNOWN_TEST_TYPE',
  'SCORE_OUT_OF_RANGE',
  'SCORE_NOT_ON_SCALE',
  'TEST_DATE_AFTER_ASSESSMENT',
  'INVALID_NOC',
  'INVALID_TEER',
  'TEER_DOES_NOT_MATCH_NOC',
  'HOURS_OUT_OF_RANGE',
  'END_DATE_BEFORE_START_DATE',
  'FUNDS_OUT_OF_RANGE',
  'FAMILY_SIZE_INVALID',
  'TOO_MANY_ITEMS',
  'RULES_NOT_AVAILABLE_FOR_DATE',
  /** Not produced by the library: for callers parsing JSON text (the CLI's --batch). */
  'INVALID_JSON',
  /** A defect in the engine, reported instead of throwing; never expected. */
  'INTERNAL_ERROR',
] as const;
export type ProfileErrorCode = (typeof PROFILE_ERROR_CODES)[number];

export interface ProfileError {
  /** e.g. `languageTests[0].scores.listening`, `work[2].endDate`; '' for the profile itself. */
  path: string;
  code: ProfileErrorCode;
  message: string;
}
