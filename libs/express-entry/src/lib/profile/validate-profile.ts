/**
 * Validates an `unknown` input against the contract's profile and, in the same pass, builds the
 * normalized profile the engine runs on. Every problem is reported (not just the first one).
 */
import { dayNumber } from '../dates/civil-date';
import type { NormProfile, NormSpouse, NormTest, NormWork } from './normalized-profile';
import type { ProfileError } from './profile-errors';
import { CANADIAN_EDUCATION, EDUCATION_LEVELS, MARITAL_STATUSES, OFFICIAL_LANGUAGES, PROVINCES } from './profile-types';
import type { RawEducation, RawProfile, RawSpouse } from './raw-input';
import { readLanguageTest } from './validate-language';
import { readFamilySize, readFunds, readPersonFields } from './validate-person';
import { readCertificate, readJobOffer, readWorkEntry } from './validate-work';
import { describe, isObject, readArray, readBool, readEnum, readObject, ValidationContext } from './validation-context';

export const MAX_LANGUAGE_TESTS = 20;
export const MAX_WORK_ENTRIES = 100;
const MARRIED = 1;
const COMMON_LAW = 2;
const NO_SPOUSE_FIELDS: RawSpouse = {};

export interface NormalizeOutcome {
  profile: NormProfile | null;
  errors: ProfileError[];
}

function readTests(ctx: ValidationContext, v: unknown, assessPacked: number): NormTest[] {
  const arr = readArray(ctx, v, 'languageTests', MAX_LANGUAGE_TESTS);
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

function readWorkList(ctx: ValidationContext, v: unknown, field: string): NormWork[] {
  const arr = readArray(ctx, v, field, MAX_WORK_ENTRIES);
  const out: NormWork[] = [];
  if (arr === null) return out;
  for (let i = 0; i < arr.length; i++) {
    ctx.at(field, i, '');
    const w = readWorkEntry(ctx, arr[i]);
    if (w !== null) out.push(w);
  }
  ctx.at('', -1, '');
  return out;
}

/** Only read for married/common-law; absent fields take the contract's defaults. */
function readSpouse(ctx: ValidationContext, v: unknown, assessPacked: number): NormSpouse {
  const s = (readObject(ctx, v, 'spouse', false) as RawSpouse | null) ?? NO_SPOUSE_FIELDS;
  ctx.at('spouse', -1, '');
  const accompanying = readBool(ctx, s.accompanying, 'accompanying', true);
  const citizenOrPR = readBool(ctx, s.canadianCitizenOrPR, 'canadianCitizenOrPR', false);
  const education = readEnum(ctx, s.education, 'education', EDUCATION_LEVELS, false);
  const studied = readBool(ctx, s.studiedInCanadaTwoYearsFullTime, 'studiedInCanadaTwoYearsFullTime', false);
  let test: NormTest | null = null;
  if (s.languageTest !== undefined && s.languageTest !== null) {
    ctx.at('spouse.languageTest', -1, '');
    test = readLanguageTest(ctx, s.languageTest, assessPacked);
  }
  ctx.at('', -1, '');
  const work = readWorkList(ctx, s.work, 'spouse.work');
  return { accompanying, citizenOrPR, education: education < 0 ? 0 : education, test, work, studied };
}

function readEducation(ctx: ValidationContext, v: unknown): [number, number, boolean] {
  const e = readObject(ctx, v, 'education', true) as RawEducation | null;
  if (e === null) return [0, 0, false];
  ctx.at('education', -1, '');
  const level = readEnum(ctx, e.level, 'level', EDUCATION_LEVELS, true);
  const canadian = readEnum(ctx, e.canadian, 'canadian', CANADIAN_EDUCATION, false);
  const studied = readBool(ctx, e.studiedInCanadaTwoYearsFullTime, 'studiedInCanadaTwoYearsFullTime', false);
  ctx.at('', -1, '');
  return [level, canadian < 0 ? 0 : canadian, studied];
}

function readProfile(ctx: ValidationContext, o: RawProfile): NormProfile {
  const person = readPersonFields(ctx, o);
  const marital = readEnum(ctx, o.maritalStatus, 'maritalStatus', MARITAL_STATUSES, true);
  const married = marital === MARRIED || marital === COMMON_LAW;
  const [education, canadianEducation, studied] = readEducation(ctx, o.education);
  const province = readEnum(ctx, o.intendedProvince, 'intendedProvince', PROVINCES, false);
  return {
    assessDay: person.assessPacked < 0 ? 0 : dayNumber(person.assessPacked),
    assessPacked: person.assessPacked,
    birth: person.birth,
    givenAge: person.age,
    married,
    spouse: married ? readSpouse(ctx, o.spouse, person.assessPacked) : null,
    education,
    canadianEducation,
    studied,
    tests: readTests(ctx, o.languageTests, person.assessPacked),
    preferredLanguage: readEnum(ctx, o.firstOfficialLanguage, 'firstOfficialLanguage', OFFICIAL_LANGUAGES, false),
    work: readWorkList(ctx, o.work, 'work'),
    certificateNoc: readCertificate(ctx, o.certificateOfQualification),
    jobOffer: readJobOffer(ctx, o.jobOffer),
    authorizedToWork: readBool(ctx, o.authorizedToWorkInCanada, 'authorizedToWorkInCanada', false),
    provincialNomination: readBool(ctx, o.provincialNomination, 'provincialNomination', false),
    sibling: readBool(ctx, o.siblingInCanada, 'siblingInCanada', false),
    relative: readBool(ctx, o.relativeInCanada, 'relativeInCanada', false),
    intendedProvince: province < 0 ? null : PROVINCES[province],
    funds: readFunds(ctx, o.fundsAvailable),
    familySize: readFamilySize(ctx, o.familySize, married),
  };
}

export function normalizeProfile(input: unknown): NormalizeOutcome {
  const ctx = new ValidationContext();
  if (!isObject(input)) {
    ctx.fail('', 'NOT_AN_OBJECT', `the profile must be a JSON object, got ${describe(input)}`);
    return { profile: null, errors: ctx.errors };
  }
  const profile = readProfile(ctx, input);
  return ctx.errors.length > 0 ? { profile: null, errors: ctx.errors } : { profile, errors: ctx.errors };
}
