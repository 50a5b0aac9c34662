/** Validation of work entries, the job offer and the certificate of qualification. */
import { dayNumber } from '../dates/civil-date';
import { OPEN_END, type NormJobOffer, type NormWork } from './normalized-profile';
import {
  describe,
  isObject,
  readBool,
  readDate,
  readNoc,
  readNumber,
  readObject,
  readRequiredBool,
  type Obj,
  type ValidationContext,
} from './validation-context';

export const MAX_HOURS_PER_WEEK = 168;

function nocTeer(noc: string): number {
  return noc.charCodeAt(1) - 48;
}

/** TEER: optional, 0-5, and equal to the NOC's second digit (its definition in NOC 2021). */
function readTeer(ctx: ValidationContext, o: Obj, noc: string | null): number {
  const v = o['teer'];
  const fromNoc = noc === null ? -1 : nocTeer(noc);
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

function readHours(ctx: ValidationContext, o: Obj): number {
  const h = readNumber(ctx, o, 'hoursPerWeek', true);
  if (h < 0 || h > MAX_HOURS_PER_WEEK) {
    ctx.fail('hoursPerWeek', 'HOURS_OUT_OF_RANGE', `hoursPerWeek must be 0-${MAX_HOURS_PER_WEEK}, got ${h}`);
    return NaN;
  }
  return h;
}

/** Reads one entry at the context's current position. Returns null when invalid. */
export function readWorkEntry(ctx: ValidationContext, v: unknown): NormWork | null {
  if (!isObject(v)) {
    ctx.fail('', 'NOT_AN_OBJECT', `a work entry must be an object, got ${describe(v)}`);
    return null;
  }
  const before = ctx.errors.length;
  const inCanada = readRequiredBool(ctx, v, 'inCanada');
  const noc = readNoc(ctx, v, 'noc');
  const teer = readTeer(ctx, v, noc);
  const hours = readHours(ctx, v);
  const start = readDate(ctx, v, 'startDate', true);
  const end = readDate(ctx, v, 'endDate', false);
  if (start >= 0 && end >= 0 && end < start) {
    ctx.fail('endDate', 'END_DATE_BEFORE_START_DATE', `endDate ${v['endDate']} is before startDate ${v['startDate']}`);
  }
  const selfEmployed = readBool(ctx, v, 'selfEmployed', false);
  const student = readBool(ctx, v, 'fullTimeStudent', false);
  const authorized = readBool(ctx, v, 'authorized', true);
  if (v['province'] !== undefined && v['province'] !== null && typeof v['province'] !== 'string') {
    ctx.fail('province', 'INVALID_TYPE', `province must be a string, got ${describe(v['province'])}`);
  }
  if (ctx.errors.length !== before || noc === null) return null;
  return {
    inCanada,
    noc,
    nocNum: Number(noc),
    teer,
    centiHours: Math.round(hours * 100),
    start: dayNumber(start),
    end: end === -1 ? OPEN_END : dayNumber(end),
    selfEmployed,
    student,
    authorized,
  };
}

export function readJobOffer(ctx: ValidationContext, o: Obj): NormJobOffer | null {
  const v = readObject(ctx, o, 'jobOffer', false);
  if (v === null) return null;
  const before = ctx.errors.length;
  ctx.at('jobOffer', -1, '');
  const noc = readNoc(ctx, v, 'noc');
  const teer = readTeer(ctx, v, noc);
  const valid = readRequiredBool(ctx, v, 'valid');
  ctx.at('', -1, '');
  if (ctx.errors.length !== before || noc === null) return null;
  return { noc, nocNum: Number(noc), teer, valid };
}

export function readCertificate(ctx: ValidationContext, o: Obj): string | null {
  const v = readObject(ctx, o, 'certificateOfQualification', false);
  if (v === null) return null;
  ctx.at('certificateOfQualification', -1, '');
  const noc = readNoc(ctx, v, 'noc');
  ctx.at('', -1, '');
  return noc;
}
