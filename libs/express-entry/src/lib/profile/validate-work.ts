/** Validation of work entries, the job offer and the certificate of qualification. */
import { dayNumber } from '../dates/civil-date';
import { measureMask } from '../work/entry-filters';
import { OPEN_END, type NormJobOffer, type NormWork } from './normalized-profile';
import type { RawCertificate, RawJobOffer, RawWork } from './raw-input';
import {
  describe,
  isObject,
  readBool,
  readDate,
  readNoc,
  readNumber,
  readObject,
  readRequiredBool,
  type ValidationContext,
} from './validation-context';

export const MAX_HOURS_PER_WEEK = 168;

/** The 5-digit code as an integer, by character codes (validated digits). */
function nocNumber(noc: string): number {
  let n = 0;
  for (let i = 0; i < 5; i++) n = n * 10 + noc.charCodeAt(i) - 48;
  return n;
}

/** TEER: optional, 0-5, and equal to the NOC's second digit (its definition in NOC 2021). */
function readTeer(ctx: ValidationContext, v: unknown, noc: string | null): number {
  const fromNoc = noc === null ? -1 : noc.charCodeAt(1) - 48;
  if (v === undefined || v === null) return fromNoc;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5) {
    ctx.fail('teer', 'INVALID_TEER', `teer must be an integer 0-5, got ${describe(v)}`);
    return -1;
  }
  if (fromNoc >= 0 && v !== fromNoc) {
    ctx.fail('teer', 'TEER_DOES_NOT_MATCH_NOC', `teer ${v} does not match NOC ${noc} (TEER ${fromNoc})`);
    return -1;
  }
  return v;
}

function readHours(ctx: ValidationContext, v: unknown): number {
  const h = readNumber(ctx, v, 'hoursPerWeek', true);
  if (h < 0 || h > MAX_HOURS_PER_WEEK) {
    ctx.fail('hoursPerWeek', 'HOURS_OUT_OF_RANGE', `hoursPerWeek must be 0-${MAX_HOURS_PER_WEEK}, got ${h}`);
    return NaN;
  }
  return h;
}

function checkPeriod(ctx: ValidationContext, w: RawWork, start: number, end: number): void {
  if (start >= 0 && end >= 0 && end < start) {
    const msg = `endDate ${String(w.endDate)} is before startDate ${String(w.startDate)}`;
    ctx.fail('endDate', 'END_DATE_BEFORE_START_DATE', msg);
  }
}

/** Reads one entry at the context's current position. Returns null when invalid. */
export function readWorkEntry(ctx: ValidationContext, v: unknown): NormWork | null {
  if (!isObject(v)) {
    ctx.fail('', 'NOT_AN_OBJECT', `a work entry must be an object, got ${describe(v)}`);
    return null;
  }
  const w = v as RawWork;
  const before = ctx.errors.length;
  const inCanada = readRequiredBool(ctx, w.inCanada, 'inCanada');
  const noc = readNoc(ctx, w.noc, 'noc');
  const teer = readTeer(ctx, w.teer, noc);
  const hours = readHours(ctx, w.hoursPerWeek);
  const start = readDate(ctx, w.startDate, 'startDate', true);
  const end = readDate(ctx, w.endDate, 'endDate', false);
  checkPeriod(ctx, w, start, end);
  const selfEmployed = readBool(ctx, w.selfEmployed, 'selfEmployed', false);
  const student = readBool(ctx, w.fullTimeStudent, 'fullTimeStudent', false);
  const authorized = readBool(ctx, w.authorized, 'authorized', true);
  if (w.province !== undefined && w.province !== null && typeof w.province !== 'string') {
    ctx.fail('province', 'INVALID_TYPE', `province must be a string, got ${describe(w.province)}`);
  }
  if (ctx.errors.length !== before || noc === null) return null;
  return {
    inCanada,
    noc,
    nocNum: nocNumber(noc),
    teer,
    centiHours: Math.round(hours * 100),
    start: dayNumber(start),
    end: end === -1 ? OPEN_END : dayNumber(end),
    selfEmployed,
    student,
    authorized,
    measures: measureMask(inCanada, teer, authorized, selfEmployed, student),
  };
}

export function readJobOffer(ctx: ValidationContext, v: unknown): NormJobOffer | null {
  const o = readObject(ctx, v, 'jobOffer', false) as RawJobOffer | null;
  if (o === null) return null;
  const before = ctx.errors.length;
  ctx.at('jobOffer', -1, '');
  const noc = readNoc(ctx, o.noc, 'noc');
  const teer = readTeer(ctx, o.teer, noc);
  const valid = readRequiredBool(ctx, o.valid, 'valid');
  ctx.at('', -1, '');
  if (ctx.errors.length !== before || noc === null) return null;
  return { noc, nocNum: nocNumber(noc), teer, valid };
}

export function readCertificate(ctx: ValidationContext, v: unknown): string | null {
  const o = readObject(ctx, v, 'certificateOfQualification', false) as RawCertificate | null;
  if (o === null) return null;
  ctx.at('certificateOfQualification', -1, '');
  const noc = readNoc(ctx, o.noc, 'noc');
  ctx.at('', -1, '');
  return noc;
}
