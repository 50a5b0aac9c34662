/**
 * Test-only helpers: a baseline profile (the worked examples' "age-29" case) and small builders.
 * Not part of the library build (excluded in tsconfig.lib.json).
 */
import { assess, type AssessOptions, type AssessmentResult } from '../index';

export type Json = Record<string, unknown>;

export function test(kind: string, l: number, r: number, w: number, s: number, date = '2026-03-01'): Json {
  return { test: kind, date, scores: { listening: l, reading: r, writing: w, speaking: s } };
}

export const ielts = (l: number, r: number, w: number, s: number, date?: string) => test('IELTS_GT', l, r, w, s, date);
export const celpip = (l: number, r: number, w: number, s: number, date?: string) => test('CELPIP_G', l, r, w, s, date);
export const tef = (l: number, r: number, w: number, s: number, date?: string) => test('TEF', l, r, w, s, date);

/** IELTS scores at exactly CLB 4..10 in all four abilities (rules.md §6.1, read independently). */
export const IELTS_AT_CLB: Record<number, [number, number, number, number]> = {
  4: [4.5, 3.5, 4, 4],
  5: [5, 4, 5, 5],
  6: [5.5, 5, 5.5, 5.5],
  7: [6, 6, 6, 6],
  8: [7.5, 6.5, 6.5, 6.5],
  9: [8, 7, 7, 7],
  10: [8.5, 8, 7.5, 7.5],
};

export function ieltsAt(clb: number, date?: string): Json {
  const [l, r, w, s] = IELTS_AT_CLB[clb];
  return ielts(l, r, w, s, date);
}

export function job(overrides: Json = {}): Json {
  return {
    inCanada: true,
    noc: '21231',
    hoursPerWeek: 40,
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    ...overrides,
  };
}

export function profile(overrides: Json = {}): Json {
  return {
    assessmentDate: '2026-11-25',
    dateOfBirth: '1997-01-15',
    maritalStatus: 'single',
    education: { level: 'bachelors', canadian: 'none' },
    languageTests: [ieltsAt(9)],
    work: [],
    intendedProvince: 'ON',
    fundsAvailable: 50000,
    familySize: 1,
    ...overrides,
  };
}

/** Assesses and fails the test with the validation errors when the profile is rejected. */
export function run(input: unknown, options?: AssessOptions): AssessmentResult {
  const outcome = assess(input, options);
  if (!outcome.ok) throw new Error('profile rejected: ' + JSON.stringify(outcome.errors));
  return outcome.result;
}

/** A date of birth giving exactly `age` on 2026-11-25. */
export function bornForAge(age: number): string {
  return `${2026 - age}-01-15`;
}

/** The worked example "fsw-grid-67" (FSW grid exactly 67, eligible), to vary one field at a time. */
export function grid(overrides: Json = {}): Json {
  const foreignYear = job({ inCanada: false, hoursPerWeek: 40, startDate: '2025-01-01', endDate: '2026-02-04' });
  return profile({
    dateOfBirth: bornForAge(35),
    languageTests: [ieltsAt(8)],
    work: [foreignYear],
    relativeInCanada: true,
    ...overrides,
  });
}
