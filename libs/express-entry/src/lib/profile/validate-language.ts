/** Validation of language test objects: type, date, and each score on its test's scale. */
import { dayNumber } from '../dates/civil-date';
import { scaleOf, type ScoreScale } from '../rules/tables/test-scales';
import type { NormTest } from './normalized-profile';
import { ABILITIES, LANGUAGE_TESTS } from './profile-types';
import type { RawScores, RawTest } from './raw-input';
import { describe, isObject, readDate, readObject, type ValidationContext } from './validation-context';

/** A date on the current scale, used when the test date itself is invalid. */
const LATEST = 99991231;

function readScore(
  ctx: ValidationContext,
  v: unknown,
  ability: number,
  kind: number,
  scale: ScoreScale | null,
): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    const field = ABILITIES[ability];
    if (v === undefined || v === null) ctx.fail(field, 'REQUIRED', `${field} score is required`);
    else ctx.fail(field, 'INVALID_TYPE', `${field} score must be a number, got ${describe(v)}`);
    return NaN;
  }
  if (scale === null) return v;
  if (v < scale.min[ability] || v > scale.max[ability]) {
    const range = `${scale.min[ability]}-${scale.max[ability]}`;
    const field = ABILITIES[ability];
    ctx.fail(field, 'SCORE_OUT_OF_RANGE', `${LANGUAGE_TESTS[kind]} ${field} must be ${range}, got ${v}`);
    return NaN;
  }
  if (!Number.isInteger(v / scale.step)) {
    const field = ABILITIES[ability];
    ctx.fail(
      field,
      'SCORE_NOT_ON_SCALE',
      `${LANGUAGE_TESTS[kind]} ${field} must be a multiple of ${scale.step}, got ${v}`,
    );
    return NaN;
  }
  return v;
}

function readScores(ctx: ValidationContext, v: unknown, kind: number, packed: number): number[] {
  const o = readObject(ctx, v, 'scores', true) as RawScores | null;
  if (o === null) return [];
  // An invalid test date is already reported; judge the scores on the current (widest) scale.
  const scale = kind < 0 ? null : scaleOf(kind, packed < 0 ? LATEST : packed);
  const { base, index } = ctx;
  ctx.at(base, index, 'scores');
  const scores = [
    readScore(ctx, o.listening, 0, kind, scale),
    readScore(ctx, o.reading, 1, kind, scale),
    readScore(ctx, o.writing, 2, kind, scale),
    readScore(ctx, o.speaking, 3, kind, scale),
  ];
  ctx.at(base, index, '');
  return scores;
}

function readTestKind(ctx: ValidationContext, v: unknown): number {
  if (typeof v === 'string') {
    for (let i = 0; i < LANGUAGE_TESTS.length; i++) if (LANGUAGE_TESTS[i] === v) return i;
  } else if (v === undefined || v === null) {
    ctx.fail('test', 'REQUIRED', `test is required (one of ${LANGUAGE_TESTS.join(', ')})`);
    return -1;
  }
  ctx.fail('test', 'UNKNOWN_TEST_TYPE', `test must be one of ${LANGUAGE_TESTS.join(', ')}, got ${describe(v)}`);
  return -1;
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
  const t = v as RawTest;
  const before = ctx.errors.length;
  const kind = readTestKind(ctx, t.test);
  const packed = readDate(ctx, t.date, 'date', true);
  if (packed >= 0 && assessPacked >= 0 && packed > assessPacked) {
    ctx.fail('date', 'TEST_DATE_AFTER_ASSESSMENT', `test date ${String(t.date)} is after the assessment date`);
  }
  const scores = readScores(ctx, t.scores, kind, packed);
  if (ctx.errors.length !== before) return null;
  return { kind, iso: t.date as string, packed, day: dayNumber(packed), scores };
}
