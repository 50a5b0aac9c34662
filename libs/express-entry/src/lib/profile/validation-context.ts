/**
 * Readers for `unknown` JSON values that record precise errors. Callers pass the value (read by a
 * named property) and the field name (for messages only). The path of the current object is kept
 * as parts (base, index, sub) and only turned into a string when an error is reported, so a valid
 * profile is read without building any string.
 */
import { DATE_IMPOSSIBLE, DATE_MALFORMED, MAX_YEAR, MIN_YEAR, parseIsoDate } from '../dates/civil-date';
import type { ProfileError, ProfileErrorCode } from './profile-errors';

export class ValidationContext {
  readonly errors: ProfileError[] = [];
  /** e.g. 'work' or 'spouse.languageTest'. */
  base = '';
  /** Array index within `base`, or -1. */
  index = -1;
  /** e.g. 'scores', or ''. */
  sub = '';

  at(base: string, index: number, sub: string): void {
    this.base = base;
    this.index = index;
    this.sub = sub;
  }

  path(field: string): string {
    let p = this.base;
    if (this.index >= 0) p += '[' + this.index + ']';
    if (this.sub !== '') p += (p === '' ? '' : '.') + this.sub;
    if (field !== '') p += (p === '' ? '' : '.') + field;
    return p;
  }

  fail(field: string, code: ProfileErrorCode, message: string): void {
    this.errors.push({ path: this.path(field), code, message });
  }
}

export function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v) : typeof v;
}

function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

/** An optional/required object; null when absent, null or wrong (errors recorded). */
export function readObject(ctx: ValidationContext, v: unknown, field: string, required: boolean): object | null {
  if (absent(v)) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required`);
    return null;
  }
  if (!isObject(v)) {
    ctx.fail(field, 'NOT_AN_OBJECT', `${field} must be an object, got ${describe(v)}`);
    return null;
  }
  return v;
}

export function readBool(ctx: ValidationContext, v: unknown, field: string, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v;
  if (!absent(v)) ctx.fail(field, 'INVALID_TYPE', `${field} must be true or false, got ${describe(v)}`);
  return fallback;
}

export function readRequiredBool(ctx: ValidationContext, v: unknown, field: string): boolean {
  if (typeof v === 'boolean') return v;
  if (absent(v)) ctx.fail(field, 'REQUIRED', `${field} is required (true or false)`);
  else ctx.fail(field, 'INVALID_TYPE', `${field} must be true or false, got ${describe(v)}`);
  return false;
}

/** A finite number; NaN when absent (reported if `required`) or wrong. */
export function readNumber(ctx: ValidationContext, v: unknown, field: string, required: boolean): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (absent(v)) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required`);
  } else ctx.fail(field, 'INVALID_TYPE', `${field} must be a number, got ${describe(v)}`);
  return NaN;
}

/** Index by value of each allowed list: one hash lookup instead of string comparisons. */
const enumIndexes = new WeakMap<readonly string[], Map<string, number>>();

function enumIndex(values: readonly string[]): Map<string, number> {
  let m = enumIndexes.get(values);
  if (m === undefined) {
    m = new Map(values.map((v, i) => [v, i]));
    enumIndexes.set(values, m);
  }
  return m;
}

/** Index of the value in `values`; -1 when absent (reported if `required`) or not allowed. */
export function readEnum(
  ctx: ValidationContext,
  v: unknown,
  field: string,
  values: readonly string[],
  required: boolean,
): number {
  if (typeof v === 'string') {
    const i = enumIndex(values).get(v);
    if (i !== undefined) return i;
  } else if (absent(v)) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required (one of ${values.join(', ')})`);
    return -1;
  }
  ctx.fail(field, 'INVALID_ENUM', `${field} must be one of ${values.join(', ')}, got ${describe(v)}`);
  return -1;
}

function dateError(ctx: ValidationContext, field: string, v: string, packed: number): void {
  if (packed === DATE_MALFORMED) ctx.fail(field, 'INVALID_DATE', `${field} must be YYYY-MM-DD, got ${describe(v)}`);
  else if (packed === DATE_IMPOSSIBLE) ctx.fail(field, 'IMPOSSIBLE_DATE', `${field} ${v} is not a calendar date`);
  else ctx.fail(field, 'DATE_OUT_OF_RANGE', `${field} ${v} must be between ${MIN_YEAR} and ${MAX_YEAR}`);
}

/** Packed yyyymmdd; -1 when absent (reported if `required`), -2 when invalid (reported). */
export function readDate(ctx: ValidationContext, v: unknown, field: string, required: boolean): number {
  if (typeof v === 'string') {
    const packed = parseIsoDate(v);
    if (packed >= 0) return packed;
    dateError(ctx, field, v, packed);
    return -2;
  }
  if (absent(v)) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required (YYYY-MM-DD)`);
    return -1;
  }
  ctx.fail(field, 'INVALID_TYPE', `${field} must be a date string YYYY-MM-DD, got ${describe(v)}`);
  return -2;
}

function isNocString(v: string): boolean {
  if (v.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A required 5-digit NOC 2021 code, or null (reported). */
export function readNoc(ctx: ValidationContext, v: unknown, field: string): string | null {
  if (typeof v === 'string' && isNocString(v)) return v;
  if (absent(v)) ctx.fail(field, 'REQUIRED', `${field} is required (5-digit NOC 2021 code)`);
  else ctx.fail(field, 'INVALID_NOC', `${field} must be a 5-digit NOC 2021 code, got ${describe(v)}`);
  return null;
}

const EMPTY: readonly unknown[] = [];

/** An array (absent/null -> empty) of at most `max` items; null when not an array (reported). */
export function readArray(ctx: ValidationContext, v: unknown, field: string, max: number): readonly unknown[] | null {
  if (Array.isArray(v)) {
    if (v.length <= max) return v as readonly unknown[];
    ctx.fail(field, 'TOO_MANY_ITEMS', `${field} has ${v.length} items; at most ${max} are accepted`);
    return null;
  }
  if (absent(v)) return EMPTY;
  ctx.fail(field, 'INVALID_TYPE', `${field} must be an array, got ${describe(v)}`);
  return null;
}
