/**
 * Readers for an `unknown` JSON value that record precise errors. The path of the current object is
 * kept as parts (base, index, sub) and only turned into a string when an error is reported, so a
 * valid profile is read without building any string.
 */
import { DATE_IMPOSSIBLE, DATE_MALFORMED, MAX_YEAR, MIN_YEAR, parseIsoDate } from '../dates/civil-date';
import type { ProfileError, ProfileErrorCode } from './profile-errors';

export type Obj = Record<string, unknown>;

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

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v) : typeof v;
}

/** Reads an optional/required object; null when absent, null or wrong (errors recorded). */
export function readObject(ctx: ValidationContext, o: Obj, field: string, required: boolean): Obj | null {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required`);
    return null;
  }
  if (!isObject(v)) {
    ctx.fail(field, 'NOT_AN_OBJECT', `${field} must be an object, got ${describe(v)}`);
    return null;
  }
  return v;
}

export function readBool(ctx: ValidationContext, o: Obj, field: string, fallback: boolean): boolean {
  const v = o[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  ctx.fail(field, 'INVALID_TYPE', `${field} must be true or false, got ${describe(v)}`);
  return fallback;
}

export function readRequiredBool(ctx: ValidationContext, o: Obj, field: string): boolean {
  if (o[field] === undefined || o[field] === null) {
    ctx.fail(field, 'REQUIRED', `${field} is required (true or false)`);
    return false;
  }
  return readBool(ctx, o, field, false);
}

/** A finite number, NaN when absent (and `required` reported) or wrong. */
export function readNumber(ctx: ValidationContext, o: Obj, field: string, required: boolean): number {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required`);
    return NaN;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  ctx.fail(field, 'INVALID_TYPE', `${field} must be a number, got ${describe(v)}`);
  return NaN;
}

/** Index of the value in `values`, -1 when absent (and `required` reported) or not allowed. */
export function readEnum(
  ctx: ValidationContext,
  o: Obj,
  field: string,
  values: readonly string[],
  required: boolean,
): number {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required (one of ${values.join(', ')})`);
    return -1;
  }
  const i = typeof v === 'string' ? values.indexOf(v) : -1;
  if (i < 0) ctx.fail(field, 'INVALID_ENUM', `${field} must be one of ${values.join(', ')}, got ${describe(v)}`);
  return i;
}

/** Packed yyyymmdd; -1 when absent (and `required` reported), -2 when invalid (reported). */
export function readDate(ctx: ValidationContext, o: Obj, field: string, required: boolean): number {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) ctx.fail(field, 'REQUIRED', `${field} is required (YYYY-MM-DD)`);
    return -1;
  }
  if (typeof v !== 'string') {
    ctx.fail(field, 'INVALID_TYPE', `${field} must be a date string YYYY-MM-DD, got ${describe(v)}`);
    return -2;
  }
  const packed = parseIsoDate(v);
  if (packed >= 0) return packed;
  if (packed === DATE_MALFORMED) ctx.fail(field, 'INVALID_DATE', `${field} must be YYYY-MM-DD, got ${describe(v)}`);
  else if (packed === DATE_IMPOSSIBLE) ctx.fail(field, 'IMPOSSIBLE_DATE', `${field} ${v} is not a calendar date`);
  else ctx.fail(field, 'DATE_OUT_OF_RANGE', `${field} ${v} must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  return -2;
}

/** A 5-digit NOC 2021 code, or null (reported when present but malformed, or when required). */
export function readNoc(ctx: ValidationContext, o: Obj, field: string): string | null {
  const v = o[field];
  if (v === undefined || v === null) {
    ctx.fail(field, 'REQUIRED', `${field} is required (5-digit NOC 2021 code)`);
    return null;
  }
  if (typeof v === 'string' && v.length === 5) {
    let ok = true;
    for (let i = 0; i < 5; i++) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) ok = false;
    }
    if (ok) return v;
  }
  ctx.fail(field, 'INVALID_NOC', `${field} must be a 5-digit NOC 2021 code, got ${describe(v)}`);
  return null;
}

/** An array (absent/null -> empty) of at most `max` items; null when not an array (reported). */
export function readArray(ctx: ValidationContext, o: Obj, field: string, max: number): unknown[] | null {
  const v = o[field];
  if (v === undefined || v === null) return EMPTY;
  if (!Array.isArray(v)) {
    ctx.fail(field, 'INVALID_TYPE', `${field} must be an array, got ${describe(v)}`);
    return null;
  }
  if (v.length > max) {
    ctx.fail(field, 'TOO_MANY_ITEMS', `${field} has ${v.length} items; at most ${max} are accepted`);
    return null;
  }
  return v;
}

const EMPTY: unknown[] = [];

export { describe };
