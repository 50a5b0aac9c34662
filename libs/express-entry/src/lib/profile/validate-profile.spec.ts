/** Validation: precise paths and stable codes for every kind of bad input; never an exception. */
import { assess, PROFILE_ERROR_CODES, validateProfile, type ProfileErrorCode } from '../../index';
import { ielts, job, profile, test, type Json } from '../../test-support/profiles';

const tests = (t: Json) => ({ languageTests: [t] });
const work = (o: Json) => ({ work: [job(), job(), job(o)] });

/** [scenario, input, expected path, expected code] */
// prettier-ignore
const CASES: [string, unknown, string, ProfileErrorCode][] = [
  ['the profile is not an object', [1, 2], '', 'NOT_AN_OBJECT'],
  ['education is a string', profile({ education: 'bachelors' }), 'education', 'NOT_AN_OBJECT'],
  ['a work entry is a number', profile({ work: [7] }), 'work[0]', 'NOT_AN_OBJECT'],
  ['missing assessmentDate', profile({ assessmentDate: undefined }), 'assessmentDate', 'REQUIRED'],
  ['missing maritalStatus', profile({ maritalStatus: undefined }), 'maritalStatus', 'REQUIRED'],
  ['missing education level', profile({ education: {} }), 'education.level', 'REQUIRED'],
  ['missing score', profile(tests({ test: 'IELTS_GT', date: '2026-01-01', scores: { listening: 7, reading: 7, writing: 7 } })), 'languageTests[0].scores.speaking', 'REQUIRED'],
  ['missing inCanada', profile(work({ inCanada: undefined })), 'work[2].inCanada', 'REQUIRED'],
  ['missing job offer validity', profile({ jobOffer: { noc: '21231' } }), 'jobOffer.valid', 'REQUIRED'],
  ['score as a string', profile(tests({ ...ielts(7, 7, 7, 7), scores: { listening: '7', reading: 7, writing: 7, speaking: 7 } })), 'languageTests[0].scores.listening', 'INVALID_TYPE'],
  ['boolean as a string', profile({ provincialNomination: 'yes' }), 'provincialNomination', 'INVALID_TYPE'],
  ['work is an object', profile({ work: {} }), 'work', 'INVALID_TYPE'],
  ['hours as a string', profile(work({ hoursPerWeek: '40' })), 'work[2].hoursPerWeek', 'INVALID_TYPE'],
  ['date as a number', profile({ assessmentDate: 20261125 }), 'assessmentDate', 'INVALID_TYPE'],
  ['unknown marital status', profile({ maritalStatus: 'engaged' }), 'maritalStatus', 'INVALID_ENUM'],
  ['unknown education level', profile({ education: { level: 'phd' } }), 'education.level', 'INVALID_ENUM'],
  ['unknown province', profile({ intendedProvince: 'XX' }), 'intendedProvince', 'INVALID_ENUM'],
  ['unknown spouse education', profile({ maritalStatus: 'married', spouse: { education: 'college' } }), 'spouse.education', 'INVALID_ENUM'],
  ['malformed date', profile({ assessmentDate: '2026/11/25' }), 'assessmentDate', 'INVALID_DATE'],
  ['date with a time', profile(work({ startDate: '2024-01-01T00:00' })), 'work[2].startDate', 'INVALID_DATE'],
  ['30 February', profile(work({ endDate: '2025-02-30' })), 'work[2].endDate', 'IMPOSSIBLE_DATE'],
  ['29 February of a common year', profile({ dateOfBirth: '1999-02-29' }), 'dateOfBirth', 'IMPOSSIBLE_DATE'],
  ['month 13', profile(tests(ielts(7, 7, 7, 7, '2026-13-01'))), 'languageTests[0].date', 'IMPOSSIBLE_DATE'],
  ['year 1800', profile({ dateOfBirth: '1800-01-01' }), 'dateOfBirth', 'DATE_OUT_OF_RANGE'],
  ['neither date of birth nor age', profile({ dateOfBirth: undefined }), 'dateOfBirth', 'AGE_OR_DATE_OF_BIRTH_REQUIRED'],
  ['negative age', profile({ dateOfBirth: undefined, age: -1 }), 'age', 'AGE_OUT_OF_RANGE'],
  ['fractional age', profile({ dateOfBirth: undefined, age: 29.5 }), 'age', 'AGE_OUT_OF_RANGE'],
  ['born after the assessment', profile({ dateOfBirth: '2027-01-01' }), 'dateOfBirth', 'DATE_OF_BIRTH_AFTER_ASSESSMENT'],
  ['unknown test type', profile(tests(test('TOEFL', 100, 100, 100, 100))), 'languageTests[0].test', 'UNKNOWN_TEST_TYPE'],
  ['IELTS above 9', profile(tests(ielts(9.5, 7, 7, 7))), 'languageTests[0].scores.listening', 'SCORE_OUT_OF_RANGE'],
  ['IELTS not in half bands', profile(tests(ielts(7, 6.25, 7, 7))), 'languageTests[0].scores.reading', 'SCORE_NOT_ON_SCALE'],
  ['CELPIP above 12', profile(tests(test('CELPIP_G', 7, 7, 13, 7))), 'languageTests[0].scores.writing', 'SCORE_OUT_OF_RANGE'],
  ['CELPIP decimal', profile(tests(test('CELPIP_G', 7, 7, 7, 7.5))), 'languageTests[0].scores.speaking', 'SCORE_NOT_ON_SCALE'],
  ['PTE below 10', profile(tests(test('PTE_CORE', 9, 60, 60, 60))), 'languageTests[0].scores.listening', 'SCORE_OUT_OF_RANGE'],
  ['TEF above 699', profile(tests(test('TEF', 700, 500, 500, 500))), 'languageTests[0].scores.listening', 'SCORE_OUT_OF_RANGE'],
  ['old TEF reading above 300', profile(tests(test('TEF', 300, 301, 400, 400, '2019-09-30'))), 'languageTests[0].scores.reading', 'SCORE_OUT_OF_RANGE'],
  ['TCF writing above 20', profile(tests(test('TCF', 500, 500, 21, 15))), 'languageTests[0].scores.writing', 'SCORE_OUT_OF_RANGE'],
  ['test after the assessment date', profile(tests(ielts(7, 7, 7, 7, '2026-11-26'))), 'languageTests[0].date', 'TEST_DATE_AFTER_ASSESSMENT'],
  ['spouse test after the assessment date', profile({ maritalStatus: 'married', spouse: { languageTest: ielts(7, 7, 7, 7, '2027-01-01') } }), 'spouse.languageTest.date', 'TEST_DATE_AFTER_ASSESSMENT'],
  ['four-digit NOC', profile(work({ noc: '2123' })), 'work[2].noc', 'INVALID_NOC'],
  ['NOC with a letter', profile({ certificateOfQualification: { noc: '7220A' } }), 'certificateOfQualification.noc', 'INVALID_NOC'],
  ['NOC as a number', profile({ jobOffer: { noc: 21231, valid: true } }), 'jobOffer.noc', 'INVALID_NOC'],
  ['TEER 6', profile(work({ teer: 6 })), 'work[2].teer', 'INVALID_TEER'],
  ['TEER not matching the NOC', profile(work({ noc: '21231', teer: 2 })), 'work[2].teer', 'TEER_DOES_NOT_MATCH_NOC'],
  ['negative hours', profile(work({ hoursPerWeek: -1 })), 'work[2].hoursPerWeek', 'HOURS_OUT_OF_RANGE'],
  ['more hours than a week has', profile(work({ hoursPerWeek: 168.5 })), 'work[2].hoursPerWeek', 'HOURS_OUT_OF_RANGE'],
  ['end before start', profile(work({ startDate: '2025-01-02', endDate: '2025-01-01' })), 'work[2].endDate', 'END_DATE_BEFORE_START_DATE'],
  ['spouse work end before start', profile({ maritalStatus: 'married', spouse: { work: [job({ startDate: '2025-01-02', endDate: '2025-01-01' })] } }), 'spouse.work[0].endDate', 'END_DATE_BEFORE_START_DATE'],
  ['negative funds', profile({ fundsAvailable: -5 }), 'fundsAvailable', 'FUNDS_OUT_OF_RANGE'],
  ['family size 0', profile({ familySize: 0 }), 'familySize', 'FAMILY_SIZE_INVALID'],
  ['family size 1.5', profile({ familySize: 1.5 }), 'familySize', 'FAMILY_SIZE_INVALID'],
  ['101 work entries', profile({ work: Array.from({ length: 101 }, () => job()) }), 'work', 'TOO_MANY_ITEMS'],
  ['assessment before the first rules version', profile({ assessmentDate: '2020-01-01', languageTests: [] }), 'assessmentDate', 'RULES_NOT_AVAILABLE_FOR_DATE'],
];

describe('profile validation', () => {
  it.each(CASES)('%s', (_name, input, path, code) => {
    const errors = validateProfile(input);
    expect(errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
    expect(assess(input)).toEqual({ ok: false, errors });
  });

  it('every library error code is exercised above (INVALID_JSON is the CLI’s; INTERNAL_ERROR below)', () => {
    const covered = new Set<string>([...CASES.map((c) => c[3]), 'INVALID_JSON', 'INTERNAL_ERROR']);
    expect([...PROFILE_ERROR_CODES].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const errors = validateProfile(profile({ familySize: 0, work: [job({ noc: 'x', hoursPerWeek: 200 })] }));
    expect(errors.map((e) => e.path).sort()).toEqual(['familySize', 'work[0].hoursPerWeek', 'work[0].noc']);
  });

  it('a valid profile has no errors, and optional fields may be null or absent', () => {
    expect(validateProfile(profile())).toEqual([]);
    const minimal = {
      assessmentDate: '2026-11-25',
      age: 30,
      maritalStatus: 'single',
      education: { level: 'secondary' },
    };
    expect(validateProfile(minimal)).toEqual([]);
    expect(
      validateProfile({ ...minimal, spouse: null, jobOffer: null, work: null, firstOfficialLanguage: null }),
    ).toEqual([]);
  });

  it('the spouse object is not read for a single candidate', () => {
    expect(validateProfile(profile({ spouse: { education: 'nonsense' } }))).toEqual([]);
  });

  it('a throwing getter in the input becomes INTERNAL_ERROR, never an exception', () => {
    const hostile = profile();
    Object.defineProperty(hostile, 'work', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(assess(hostile)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'INTERNAL_ERROR', path: '' })],
    });
  });

  it.each([null, undefined, 'text', 42, true])('%p is not a profile', (input) => {
    expect(validateProfile(input)).toEqual([expect.objectContaining({ code: 'NOT_AN_OBJECT', path: '' })]);
  });
});
