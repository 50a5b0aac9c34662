/** Which language results count: 2-year validity, most recent per language, first vs second. */
import { celpip, ielts, ieltsAt, profile, run, tef } from '../../test-support/profiles';

describe('language test validity', () => {
  it('a test taken exactly two years before the assessment date has expired', () => {
    const r = run(profile({ languageTests: [ieltsAt(9, '2024-11-25')] }));
    expect(r.language.tests[0].valid).toBe(false);
    expect(r.language.firstOfficialLanguage).toBeNull();
    expect(r.notes).toContain('LANGUAGE_TEST_EXPIRED:IELTS_GT:2024-11-25');
  });

  it('a test taken two years less a day before is still valid', () => {
    const r = run(profile({ languageTests: [ieltsAt(9, '2024-11-26')] }));
    expect(r.language.tests[0].valid).toBe(true);
    expect(r.crs.core.firstLanguage).toBe(124);
  });

  it('a test of 29 February expires on 28 February two years later', () => {
    const before = run(profile({ assessmentDate: '2026-02-27', languageTests: [ieltsAt(9, '2024-02-29')] }));
    const on = run(profile({ assessmentDate: '2026-02-28', languageTests: [ieltsAt(9, '2024-02-29')] }));
    expect(before.language.tests[0].valid).toBe(true);
    expect(on.language.tests[0].valid).toBe(false);
  });

  it('the most recent valid test of a language is used, not the best one', () => {
    const r = run(profile({ languageTests: [ieltsAt(10, '2025-06-01'), ieltsAt(7, '2026-03-01')] }));
    expect(r.language.first?.levels.listening).toBe(7);
  });

  it('an expired newer-looking result does not hide an older valid one', () => {
    const r = run(profile({ languageTests: [ieltsAt(7, '2025-06-01'), celpip(10, 10, 10, 10, '2024-01-01')] }));
    expect(r.language.first?.test).toBe('IELTS_GT');
  });
});

describe('choice of the first official language', () => {
  const english = ieltsAt(7);
  const frenchStronger = tef(546, 546, 558, 556);

  it('the stated language wins when it has a valid test', () => {
    const r = run(profile({ languageTests: [english, frenchStronger], firstOfficialLanguage: 'english' }));
    expect(r.language.firstOfficialLanguage).toBe('english');
    expect(r.language.second?.test).toBe('TEF');
  });

  it('without a statement the language worth more first-language points wins', () => {
    const r = run(profile({ languageTests: [english, frenchStronger] }));
    expect(r.language.firstOfficialLanguage).toBe('french');
    expect(r.language.second?.test).toBe('IELTS_GT');
  });

  it('a stated language without a valid test falls back to the points rule', () => {
    const r = run(profile({ languageTests: [english], firstOfficialLanguage: 'french' }));
    expect(r.language.firstOfficialLanguage).toBe('english');
    expect(r.language.second).toBeNull();
  });

  it('equal points go to English', () => {
    const r = run(profile({ languageTests: [tef(434, 434, 428, 456), ieltsAt(7)] }));
    expect(r.language.firstOfficialLanguage).toBe('english');
    expect(r.crs.core.secondLanguage).toBe(12);
  });

  it('only a French test: French is first and there is no second language', () => {
    const r = run(profile({ languageTests: [tef(434, 434, 428, 456)] }));
    expect(r.language.firstOfficialLanguage).toBe('french');
    expect(r.language.second).toBeNull();
  });

  it('every input test is converted, valid or not, in input order', () => {
    const r = run(profile({ languageTests: [ielts(6, 6, 6, 6, '2020-01-01'), tef(434, 434, 428, 456)] }));
    expect(r.language.tests.map((t) => [t.test, t.valid, t.levels.listening])).toEqual([
      ['IELTS_GT', false, 7],
      ['TEF', true, 7],
    ]);
  });
});
