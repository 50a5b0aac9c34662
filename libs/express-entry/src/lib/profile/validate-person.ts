/** The dated personal fields: assessment date, date of birth or age, funds. */
import { completedYears } from '../dates/civil-date';
import { readDate, readNumber, type Obj, type ValidationContext } from './validation-context';

export const MAX_AGE = 130;

export interface PersonFields {
  /** Packed yyyymmdd, negative when missing or invalid (reported). */
  assessPacked: number;
  /** Packed date of birth, or -1. */
  birth: number;
  /** The given age (used only without a date of birth). */
  age: number;
  funds: number;
}

function readAge(ctx: ValidationContext, o: Obj): number {
  const v = readNumber(ctx, o, 'age', false);
  if (Number.isNaN(v)) return -1;
  if (!Number.isInteger(v) || v < 0 || v > MAX_AGE) {
    ctx.fail('age', 'AGE_OUT_OF_RANGE', `age must be a whole number of years from 0 to ${MAX_AGE}, got ${v}`);
    return -1;
  }
  return v;
}

function readFunds(ctx: ValidationContext, o: Obj): number {
  const v = readNumber(ctx, o, 'fundsAvailable', false);
  if (Number.isNaN(v)) return 0;
  if (v < 0) {
    ctx.fail('fundsAvailable', 'FUNDS_OUT_OF_RANGE', `fundsAvailable must not be negative, got ${v}`);
    return 0;
  }
  return v;
}

export function readPersonFields(ctx: ValidationContext, o: Obj): PersonFields {
  const assessPacked = readDate(ctx, o, 'assessmentDate', true);
  const hasBirth = o['dateOfBirth'] !== undefined && o['dateOfBirth'] !== null;
  const hasAge = o['age'] !== undefined && o['age'] !== null;
  if (!hasBirth && !hasAge) {
    ctx.fail('dateOfBirth', 'AGE_OR_DATE_OF_BIRTH_REQUIRED', 'dateOfBirth or age is required');
  }
  const birth = hasBirth ? readDate(ctx, o, 'dateOfBirth', false) : -1;
  // dateOfBirth wins when both are given, but a malformed age is still an error.
  const age = hasAge ? readAge(ctx, o) : -1;
  if (birth >= 0 && assessPacked >= 0) {
    if (birth > assessPacked) {
      ctx.fail('dateOfBirth', 'DATE_OF_BIRTH_AFTER_ASSESSMENT', 'dateOfBirth is after the assessment date');
    } else if (completedYears(birth, assessPacked) > MAX_AGE) {
      ctx.fail('dateOfBirth', 'AGE_OUT_OF_RANGE', `dateOfBirth gives an age above ${MAX_AGE}`);
    }
  }
  return { assessPacked, birth: birth >= 0 ? birth : -1, age, funds: readFunds(ctx, o) };
}
