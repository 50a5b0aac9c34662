/** The dated personal fields: assessment date, date of birth or age, funds, family size. */
import { completedYears } from '../dates/civil-date';
import type { RawProfile } from './raw-input';
import { describe, readDate, readNumber, type ValidationContext } from './validation-context';

export const MAX_AGE = 130;
export const MAX_FAMILY_SIZE = 99;

export interface PersonFields {
  /** Packed yyyymmdd, negative when missing or invalid (reported). */
  assessPacked: number;
  /** Packed date of birth, or -1. */
  birth: number;
  /** The given age (used only without a date of birth). */
  age: number;
}

function readAge(ctx: ValidationContext, v: unknown): number {
  const age = readNumber(ctx, v, 'age', false);
  if (Number.isNaN(age)) return -1;
  if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) {
    ctx.fail('age', 'AGE_OUT_OF_RANGE', `age must be a whole number of years from 0 to ${MAX_AGE}, got ${age}`);
    return -1;
  }
  return age;
}

export function readFunds(ctx: ValidationContext, v: unknown): number {
  const funds = readNumber(ctx, v, 'fundsAvailable', false);
  if (Number.isNaN(funds)) return 0;
  if (funds < 0) {
    ctx.fail('fundsAvailable', 'FUNDS_OUT_OF_RANGE', `fundsAvailable must not be negative, got ${funds}`);
    return 0;
  }
  return funds;
}

/** Defaults to 2 when married/common-law (the spouse counts even if not accompanying), else 1. */
export function readFamilySize(ctx: ValidationContext, v: unknown, married: boolean): number {
  if (v === undefined || v === null) return married ? 2 : 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_FAMILY_SIZE) {
    const msg = `familySize must be an integer from 1 to ${MAX_FAMILY_SIZE}, got ${describe(v)}`;
    ctx.fail('familySize', 'FAMILY_SIZE_INVALID', msg);
    return 1;
  }
  return v;
}

function checkBirth(ctx: ValidationContext, birth: number, assessPacked: number): void {
  if (birth < 0 || assessPacked < 0) return;
  if (birth > assessPacked) {
    ctx.fail('dateOfBirth', 'DATE_OF_BIRTH_AFTER_ASSESSMENT', 'dateOfBirth is after the assessment date');
  } else if (completedYears(birth, assessPacked) > MAX_AGE) {
    ctx.fail('dateOfBirth', 'AGE_OUT_OF_RANGE', `dateOfBirth gives an age above ${MAX_AGE}`);
  }
}

export function readPersonFields(ctx: ValidationContext, o: RawProfile): PersonFields {
  const assessPacked = readDate(ctx, o.assessmentDate, 'assessmentDate', true);
  const hasBirth = o.dateOfBirth !== undefined && o.dateOfBirth !== null;
  const hasAge = o.age !== undefined && o.age !== null;
  if (!hasBirth && !hasAge) {
    ctx.fail('dateOfBirth', 'AGE_OR_DATE_OF_BIRTH_REQUIRED', 'dateOfBirth or age is required');
  }
  const birth = hasBirth ? readDate(ctx, o.dateOfBirth, 'dateOfBirth', false) : -1;
  // dateOfBirth wins when both are given, but a malformed age is still an error.
  const age = hasAge ? readAge(ctx, o.age) : -1;
  checkBirth(ctx, birth, assessPacked);
  return { assessPacked, birth: birth >= 0 ? birth : -1, age };
}
