/** Validation of language test objects: type, date, and each score on its test's scale. */
import { dayNumber } from '../dates/civil-date';
import { scaleOf } from '../rules/tables/test-scales';
import type { NormTest } from './normalized-profile';
import { ABILITIES, LANGUAGE_TESTS } from './profile-types';
import { describe, isObject, readDate, readObject, type Obj, type ValidationContext } from './validation-context';

function readScore(ctx: ValidationContext, scores: Obj, ability: number, kind: number, packed: number): number {
  const field = ABILITIES[ability];
  const v = scores[field];
  if (v === undefined || v === null) {
    ctx.fail(field, 'REQUIRED', `${field} score is required`);
    return NaN;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    ctx.fail(field, 'INVALID_TYPE', `${field} score must be a number, got ${describe(v)}`);
    return NaN;
  }
  if (kind < 0) return v;
  // An invalid test date is already reported; judge the score on the current (widest) scale.
  const scale = scaleOf(kind, packed < 0 ? 99991231 : packed);
  const name = LANGUAGE_TESTS[kind];
  if (v < scale.min[ability] || v > scale.max[ability]) {
    ctx.fail(field, 'SCORE_OUT_OF_RANGE', `${name} ${field} must be ${scale.min[ability]}-${scale.max[ability]}, got ${v}`);
    return NaN;
  }
  if (!Number.isInteger(v / scale.step)) {
    ctx.fail(field, 'SCORE_NOT_ON_SCALE', `${name} ${field} must be a multiple of ${scale.step}, got ${v}`);
    return NaN;
  }
  return v;
}

function readTestKind(ctx: ValidationContext, o: Obj): number {
  const v = o['test'];
  if (v === undefined || v === null) {
    ctx.fail('test', 'REQUIRED', `test is required (one of ${LANGUAGE_TESTS.join(', ')})`);
    return -1;
  }
  const kind = typeof v === 'string' ? (LANGUAGE_TESTS as readonly string[]).indexOf(v) : -1;
  if (kind < 0) {
    ctx.fail('test', 'UNKNOWN_TEST_TYPE', `test must be one of ${LANGUAGE_TESTS.join(', ')}, got ${describe(v)}`);
  }
  return kind;
}

/**
 * Reads one test at the context's current position (`base`, `index`). Returns null when invalid.
 * `assessPacked` < 0 when the assessment date itself is invalid (the "after" check is skipped).
 */
export function readLanguageTest(ctx: ValidationContext, v: unknown, assessPacked: number): NormTest | null {
  if (!isObject(v)) {
    ctx.fail('', 'NOT_AN_OBJECT', `a language test must be an object, got ${describe(v)}`);
    return null;
  }
  const before = ctx.errors.length;
  const kind = readTestKind(ctx, v);
  const packed = readDate(ctx, v, 'date', true);
  if (packed >= 0 && assessPacked >= 0 && packed > assessPacked) {
    ctx.fail('date', 'TEST_DATE_AFTER_ASSESSMENT', `test date ${v['date']} is after the assessment date`);
  }
  const scoresObj = readObject(ctx, v, 'scores', true);
  const scores: number[] = [];
  if (scoresObj !== null) {
    const { base, index } = ctx;
    ctx.at(base, index, 'scores');
    for (let a = 0; a < 4; a++) scores.push(readScore(ctx, scoresObj, a, kind, packed));
    ctx.at(base, index, '');
  }
  if (ctx.errors.length !== before) return null;
  return { kind, iso: v['date'] as string, packed, day: dayNumber(packed), scores };
}
