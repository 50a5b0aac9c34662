/**
 * The score scale of each accepted test, used to reject impossible scores before any rule runs.
 * Scales are properties of the tests, not of a rules version, so they are not versioned.
 */
import { IELTS_GT, TEF } from '../../profile/normalized-profile';

export interface ScoreScale {
  /** Per ability (listening, reading, writing, speaking). */
  readonly min: readonly number[];
  readonly max: readonly number[];
  /** Scores are multiples of this step. */
  readonly step: number;
}

const IELTS_SCALE: ScoreScale = { min: [0, 0, 0, 0], max: [9, 9, 9, 9], step: 0.5 };
const CELPIP_SCALE: ScoreScale = { min: [0, 0, 0, 0], max: [12, 12, 12, 12], step: 1 };
const PTE_SCALE: ScoreScale = { min: [10, 10, 10, 10], max: [90, 90, 90, 90], step: 1 };
const TEF_SCALE: ScoreScale = { min: [0, 0, 0, 0], max: [699, 699, 699, 699], step: 1 };
/** TEF Canada before 2019-10-01 reported listening /360, reading /300, writing and speaking /450. */
const TEF_OLD_SCALE: ScoreScale = { min: [0, 0, 0, 0], max: [360, 300, 450, 450], step: 1 };
const TCF_SCALE: ScoreScale = { min: [0, 0, 0, 0], max: [699, 699, 20, 20], step: 1 };

/** Packed yyyymmdd of the first test date on the 0-699 TEF scale. */
export const TEF_NEW_SCALE_FROM = 20191001;

/** Indexed by test kind (LANGUAGE_TESTS order). */
const SCALES: readonly ScoreScale[] = [IELTS_SCALE, CELPIP_SCALE, PTE_SCALE, TEF_SCALE, TCF_SCALE];

export function scaleOf(kind: number, packedTestDate: number): ScoreScale {
  if (kind === TEF && packedTestDate < TEF_NEW_SCALE_FROM) return TEF_OLD_SCALE;
  return SCALES[kind] ?? IELTS_SCALE;
}

/** Largest score index any chart lookup needs (TEF/TCF 699 in steps of 1). */
export const MAX_SCORE_INDEX = 699;

/** Integer index of a score on its scale (IELTS 7.5 -> 15). */
export function scoreIndex(kind: number, score: number): number {
  return kind === IELTS_GT ? Math.round(score * 2) : Math.round(score);
}
