/**
 * Validates an `unknown` input against the contract's profile and, in the same pass, builds the
 * normalized profile the engine runs on. Every problem is reported (not just the first one).
 */
import { dayNumber } from '../dates/civil-date';
import type { NormProfile, NormSpouse, NormTest, NormWork } from './normalized-profile';
import type { ProfileError } from './profile-errors';
import {
  CANADIAN_EDUCATION,
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  OFFICIAL_LANGUAGES,
  PROVINCES,
} from './profile-types';
import { readLanguageTest } from './validate-language';
import { readCertificate, readJobOffer, readWorkEntry } from './validate-work';
import { readPersonFields } from './validate-person';
import {
  describe,
  isObject,
  readArray,
  readBool,
  readEnum,
  readObject,
  ValidationContext,
  type Obj,
} from './validation-context';

export const MAX_LANGUAGE_TESTS = 20;
export const MAX_WORK_ENTRIES = 100;
const MARRIED = 1;
const COMMON_LAW = 2;

export interface NormalizeOutcome {
  profile: NormProfile | null;
  errors: ProfileError[];
}

function readTests(ctx: ValidationContext, o: Obj, assessPacked: number): NormTest[] {
  const arr = readArray(ctx, o, 'languageTests', MAX_LANGUAGE_TESTS);
  const out: NormTest[] = [];
  if (arr === null) return out;
  for (let i = 0; i < arr.length; i++) {
    ctx.at('languageTests', i, '');
    const t = readLanguageTest(ctx, arr[i], assessPacked);
    if (t !== null) out.push(t);
  }
  ctx.at('', -1, '');
  return out;
}

export function readWorkList(ctx: ValidationContext, o: Obj, base: string): NormWork[] {
  const arr = readArray(ctx, o, 'work', MAX_WORK_ENTRIES);
  const out: NormWork[] = [];
  if (arr === null) return out;
  const field = base === '' ? 'work' : base + '.work';
  for (let i = 0; i < arr.length; i++) {
    ctx.at(field, i, '');
    const w = readWorkEntry(ctx, arr[i]);
    if (w !== null) out.push(w);
  }
  ctx.at('', -1, '');
  return out;
}

function readSpouse(ctx: ValidationContext, o: Obj, assessPacked: number): NormSpouse {
  const v = readObject(ctx, o, 'spouse', false);
  const s: Obj = v === null ? {} : v;
  ctx.at('spouse', -1, '');
  const accompanying = readBool(ctx, s, 'accompanying', true);
  const citizenOrPR = readBool(ctx, s, 'canadianCitizenOrPR', false);
  const education = readEnum(ctx, s, 'education', EDUCATION_LEVELS, false);
  const studied = readBool(ctx, s, 'studiedInCanadaTwoYearsFullTime', false);
  let test: NormTest | null = null;
  const rawTest = s['languageTest'];
  if (rawTest !== undefined && rawTest !== null) {
    ctx.at('spouse.languageTest', -1, '');
    test = readLanguageTest(ctx, rawTest, assessPacked);
  }
  ctx.at('', -1, '');
  const work = readWorkList(ctx, s, 'spouse');
  return { accompanying, citizenOrPR, education: education < 0 ? 0 : education, test, work, studied };
}

function readEducation(ctx: ValidationContext, o: Obj): [number, number, boolean] {
  const e = readObject(ctx, o, 'education', true);
  if (e === null) return [0, 0, false];
  ctx.at('education', -1, '');
  const level = readEnum(ctx, e, 'level', EDUCATION_LEVELS, true);
  const canadian = readEnum(ctx, e, 'canadian', CANADIAN_EDUCATION, false);
  const studied = readBool(ctx, e, 'studiedInCanadaTwoYearsFullTime', false);
  ctx.at('', -1, '');
  return [level, canadian < 0 ? 0 : canadian, studied];
}

export function normalizeProfile(input: unknown): NormalizeOutcome {
  const ctx = new ValidationContext();
  if (!isObject(input)) {
    ctx.fail('', 'NOT_AN_OBJECT', `the profile must be a JSON object, got ${describe(input)}`);
    return { profile: null, errors: ctx.errors };
  }
  const person = readPersonFields(ctx, input);
  const marital = readEnum(ctx, input, 'maritalStatus', MARITAL_STATUSES, true);
  const married = marital === MARRIED || marital === COMMON_LAW;
  const spouse = married ? readSpouse(ctx, input, person.assessPacked) : null;
  const [education, canadianEducation, studied] = readEducation(ctx, input);
  const tests = readTests(ctx, input, person.assessPacked);
  const preferredLanguage = readEnum(ctx, input, 'firstOfficialLanguage', OFFICIAL_LANGUAGES, false);
  const work = readWorkList(ctx, input, '');
  const certificateNoc = readCertificate(ctx, input);
  const jobOffer = readJobOffer(ctx, input);
  const province = readEnum(ctx, input, 'intendedProvince', PROVINCES, false);
  const familySize = readFamilySize(ctx, input, married);
  const authorizedToWork = readBool(ctx, input, 'authorizedToWorkInCanada', false);
  const provincialNomination = readBool(ctx, input, 'provincialNomination', false);
  const sibling = readBool(ctx, input, 'siblingInCanada', false);
  const relative = readBool(ctx, input, 'relativeInCanada', false);
  if (ctx.errors.length > 0) return { profile: null, errors: ctx.errors };
  const profile: NormProfile = {
    assessDay: dayNumber(person.assessPacked),
    birth: person.birth,
    givenAge: person.age,
    married,
    spouse,
    education,
    canadianEducation,
    studied,
    tests,
    preferredLanguage,
    work,
    certificateNoc,
    jobOffer,
    authorizedToWork,
    provincialNomination,
    sibling,
    relative,
    intendedProvince: province < 0 ? null : PROVINCES[province],
    funds: person.funds,
    familySize,
  };
  return { profile, errors: ctx.errors };
}

function readFamilySize(ctx: ValidationContext, o: Obj, married: boolean): number {
  const v = o['familySize'];
  if (v === undefined || v === null) return married ? 2 : 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 99) {
    ctx.fail('familySize', 'FAMILY_SIZE_INVALID', `familySize must be an integer from 1 to 99, got ${describe(v)}`);
    return 1;
  }
  return v;
}

