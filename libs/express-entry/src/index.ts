/**
 * @pcr/express-entry: the pure Express Entry rules engine (CEC, FSW, FST, CRS, what-if).
 * No I/O and no Node built-ins, so the API, the worker, the CLI and the browser share it.
 */
import { createEngine, type AssessOptions, type AssessOutcome } from './lib/engine/engine';
import type { ProfileError } from './lib/profile/profile-errors';
import type { Ability, LanguageTestType } from './lib/profile/profile-types';

export { createEngine } from './lib/engine/engine';
export type { AssessOptions, AssessOutcome, Engine, EngineOptions } from './lib/engine/engine';
export { ENGINE_VERSION } from './lib/engine/engine-version';
export * from './lib/profile/profile-types';
export { PROFILE_ERROR_CODES } from './lib/profile/profile-errors';
export type { ProfileError, ProfileErrorCode } from './lib/profile/profile-errors';
export * from './lib/result/result-types';
export { NOTE_CODES, REASON_CODES } from './lib/result/reason-codes';
export type { NoteCode, ReasonCode } from './lib/result/reason-codes';
export type * from './lib/rules/rules-types';
export { defaultRulesVersions } from './lib/rules/registry';
export { explainCause, explainLever, explainNote, explainReason } from './lib/messages/catalogue';
export type { Locale, MessageCatalogue } from './lib/messages/catalogue';
export { countHours } from './lib/work/count-hours';
export type { CountHoursOptions, HoursCount, HoursEntry } from './lib/work/count-hours';
export { dayNumberFromIso, isoFromDayNumber } from './lib/dates/civil-date';

const defaultEngine = createEngine();

/** Assesses a profile with the default rules versions. Never throws. */
export function assess(input: unknown, options?: AssessOptions): AssessOutcome {
  return defaultEngine.assess(input, options);
}

/** All problems with a profile ([] when valid), with the default rules versions. */
export function validateProfile(input: unknown): ProfileError[] {
  return defaultEngine.validateProfile(input);
}

/** CLB/NCLC level (0-10) of one score; NaN for an unknown test, ability, date or off-scale score. */
export function toClb(test: LanguageTestType, ability: Ability, score: number, testDate: string): number {
  return defaultEngine.toClb(test, ability, score, testDate);
}
