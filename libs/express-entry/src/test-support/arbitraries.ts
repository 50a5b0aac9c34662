/** fast-check generators of valid profiles (test-only). */
import fc from 'fast-check';
import type { Json } from './profiles';

const DAY = 86_400_000;
const FIRST = Date.UTC(2024, 5, 3);
const LAST = Date.UTC(2027, 11, 31);

export const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const back = (iso: string, days: number) => isoOf(Date.parse(iso + 'T00:00:00Z') - days * DAY);

const half = (lo: number, hi: number) => fc.integer({ min: lo * 2, max: hi * 2 }).map((n) => n / 2);

/** Scores on each test's scale, with the test kind. */
export const scoresArb = fc.oneof(
  fc.tuple(fc.constant('IELTS_GT'), fc.tuple(half(3, 9), half(3, 9), half(3, 9), half(3, 9))),
  fc.tuple(fc.constant('CELPIP_G'), fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 3, max: 12 })))),
  fc.tuple(fc.constant('PTE_CORE'), fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 10, max: 90 })))),
  fc.tuple(fc.constant('TEF'), fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 250, max: 699 })))),
  fc.tuple(
    fc.constant('TCF'),
    fc.tuple(
      fc.integer({ min: 300, max: 699 }),
      fc.integer({ min: 300, max: 699 }),
      fc.integer({ min: 2, max: 20 }),
      fc.integer({ min: 2, max: 20 }),
    ),
  ),
);

export function testArb(assessmentDate: string, kinds?: string[]): fc.Arbitrary<Json> {
  return fc
    .tuple(
      scoresArb.filter(([k]) => kinds === undefined || kinds.includes(k)),
      fc.integer({ min: 0, max: 900 }),
    )
    .map(([[test, s], daysBack]) => ({
      test,
      date: back(assessmentDate, daysBack),
      scores: { listening: s[0], reading: s[1], writing: s[2], speaking: s[3] },
    }));
}

const NOCS = ['21231', '72200', '62200', '63200', '00012', '41200', '13110', '73300', '92100', '44101', '72600'];

export function workArb(assessmentDate: string): fc.Arbitrary<Json> {
  return fc
    .record({
      inCanada: fc.boolean(),
      noc: fc.constantFrom(...NOCS),
      hoursPerWeek: fc.constantFrom(0, 10, 15, 20, 30, 37.5, 40, 60),
      startBack: fc.integer({ min: 0, max: 4500 }),
      length: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: undefined }),
      selfEmployed: fc.boolean(),
      fullTimeStudent: fc.boolean(),
      authorized: fc.boolean(),
    })
    .map(({ startBack, length, ...w }) => {
      const startDate = back(assessmentDate, startBack);
      const endDate = length === undefined ? null : back(startDate, -length);
      return { ...w, startDate, endDate };
    });
}

const EDU = [
  'less_than_secondary',
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'two_or_more',
  'masters',
  'doctoral',
];

export function profileArb(options: { kinds?: string[]; fixFirstLanguage?: boolean } = {}): fc.Arbitrary<Json> {
  return fc.integer({ min: FIRST, max: LAST }).chain((ms) => {
    const assessmentDate = isoOf(Math.floor(ms / DAY) * DAY);
    const tests = fc.array(testArb(assessmentDate, options.kinds), { maxLength: 3 });
    const spouse = fc.record({
      accompanying: fc.boolean(),
      canadianCitizenOrPR: fc.boolean(),
      education: fc.constantFrom(...EDU),
      languageTest: fc.option(testArb(assessmentDate), { nil: null }),
      work: fc.array(workArb(assessmentDate), { maxLength: 2 }),
      studiedInCanadaTwoYearsFullTime: fc.boolean(),
    });
    return fc.record({
      assessmentDate: fc.constant(assessmentDate),
      dateOfBirth: fc
        .integer({ min: 14, max: 60 })
        .chain((age) => fc.integer({ min: 0, max: 364 }).map((d) => back(assessmentDate, age * 365 + d))),
      maritalStatus: fc.constantFrom('single', 'married', 'common_law', 'divorced'),
      spouse,
      education: fc.record({
        level: fc.constantFrom(...EDU),
        canadian: fc.constantFrom('none', 'one_or_two_year', 'three_year_or_more'),
        studiedInCanadaTwoYearsFullTime: fc.boolean(),
      }),
      languageTests: tests,
      work: fc.array(workArb(assessmentDate), { maxLength: 5 }),
      certificateOfQualification: fc.option(fc.record({ noc: fc.constantFrom(...NOCS) }), { nil: null }),
      jobOffer: fc.option(fc.record({ noc: fc.constantFrom(...NOCS), valid: fc.boolean() }), { nil: null }),
      authorizedToWorkInCanada: fc.boolean(),
      provincialNomination: fc.boolean(),
      siblingInCanada: fc.boolean(),
      relativeInCanada: fc.boolean(),
      intendedProvince: fc.constantFrom('ON', 'BC', 'QC', 'AB', null),
      fundsAvailable: fc.integer({ min: 0, max: 60000 }),
      familySize: fc.integer({ min: 1, max: 9 }),
    });
  });
}
