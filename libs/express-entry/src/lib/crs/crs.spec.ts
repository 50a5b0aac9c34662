/**
 * CRS factors, subtotals and caps against literal tables copied from rules.md §1-§4
 * (independent of the engine's own tables).
 */
import { bornForAge, celpip, ieltsAt, job, profile, run, tef, type Json } from '../../test-support/profiles';

const SPOUSE = { maritalStatus: 'married', spouse: {} };
const withSpouse = (o: Json = {}) => profile({ ...SPOUSE, ...o });

/** [age, with spouse, without] from rules.md §1.1. */
// prettier-ignore
const AGE_POINTS: [number, number, number][] = [
  [17, 0, 0], [18, 90, 99], [19, 95, 105], [20, 100, 110], [21, 100, 110], [22, 100, 110], [23, 100, 110],
  [24, 100, 110], [25, 100, 110], [26, 100, 110], [27, 100, 110], [28, 100, 110], [29, 100, 110],
  [30, 95, 105], [31, 90, 99], [32, 85, 94], [33, 80, 88], [34, 75, 83], [35, 70, 77], [36, 65, 72],
  [37, 60, 66], [38, 55, 61], [39, 50, 55], [40, 45, 50], [41, 35, 39], [42, 25, 28], [43, 15, 17],
  [44, 5, 6], [45, 0, 0], [46, 0, 0], [47, 0, 0],
];

describe('CRS core: age', () => {
  it.each(AGE_POINTS)('age %i scores %i with a spouse and %i without', (age, withPts, withoutPts) => {
    expect(run(withSpouse({ dateOfBirth: bornForAge(age) })).crs.core.age).toBe(withPts);
    expect(run(profile({ dateOfBirth: bornForAge(age) })).crs.core.age).toBe(withoutPts);
  });

  it('the birthday itself counts as a completed year', () => {
    expect(run(profile({ dateOfBirth: '1996-11-25' })).age).toBe(30);
    expect(run(profile({ dateOfBirth: '1996-11-26' })).age).toBe(29);
  });

  it('a given age is used when there is no date of birth, and a date of birth wins over it', () => {
    expect(run(profile({ dateOfBirth: undefined, age: 33 })).crs.core.age).toBe(88);
    expect(run(profile({ dateOfBirth: bornForAge(29), age: 33 })).age).toBe(29);
  });
});

const EDUCATION: [string, number, number][] = [
  ['less_than_secondary', 0, 0],
  ['secondary', 28, 30],
  ['one_year', 84, 90],
  ['two_year', 91, 98],
  ['bachelors', 112, 120],
  ['two_or_more', 119, 128],
  ['masters', 126, 135],
  ['doctoral', 140, 150],
];

describe('CRS core: education and languages', () => {
  it.each(EDUCATION)('%s scores %i with a spouse and %i without', (level, w, wo) => {
    expect(run(withSpouse({ education: { level } })).crs.core.education).toBe(w);
    expect(run(profile({ education: { level } })).crs.core.education).toBe(wo);
  });

  /** [CELPIP level = CLB, with spouse per ability, without]. */
  const FIRST: [number, number, number][] = [
    [3, 0, 0],
    [4, 6, 6],
    [5, 6, 6],
    [6, 8, 9],
    [7, 16, 17],
    [8, 22, 23],
    [9, 29, 31],
    [10, 32, 34],
    [12, 32, 34],
  ];
  it.each(FIRST)('first language at CELPIP %i scores %i/%i per ability', (s, w, wo) => {
    const tests = [celpip(s, s, s, s)];
    expect(run(withSpouse({ languageTests: tests })).crs.core.firstLanguage).toBe(4 * w);
    expect(run(profile({ languageTests: tests })).crs.core.firstLanguage).toBe(4 * wo);
  });

  /** [TEF (2023-12-11 table) scores at NCLC n, raw points for four abilities]. */
  const SECOND: [number, number[], number][] = [
    [4, [306, 306, 268, 328], 0],
    [5, [352, 352, 330, 387], 4],
    [6, [393, 393, 379, 422], 4],
    [7, [434, 434, 428, 456], 12],
    [8, [462, 462, 472, 494], 12],
    [9, [503, 503, 512, 518], 24],
  ];
  it.each(SECOND)('second language at NCLC %i: raw %j, capped 22 with a spouse and 24 without', (_n, s, raw) => {
    const tests = [ieltsAt(10), tef(s[0], s[1], s[2], s[3])];
    expect(run(profile({ languageTests: tests })).crs.core.secondLanguage).toBe(Math.min(raw, 24));
    expect(run(withSpouse({ languageTests: tests })).crs.core.secondLanguage).toBe(Math.min(raw, 22));
  });
});

/** Full-time Canadian work of `years` whole years (plus a few weeks) ending the day before the assessment. */
const canadianYears = (years: number) => [
  job({ hoursPerWeek: 30, startDate: `${2026 - years}-11-01`, endDate: '2026-11-24' }),
];

describe('CRS core: Canadian work experience', () => {
  const YEARS: [number, number, number][] = [
    [0, 0, 0],
    [1, 35, 40],
    [2, 46, 53],
    [3, 56, 64],
    [4, 63, 72],
    [5, 70, 80],
    [7, 70, 80],
  ];
  it.each(YEARS)('%i years score %i with a spouse and %i without', (years, w, wo) => {
    const work = years === 0 ? [] : canadianYears(years);
    expect(run(withSpouse({ work })).crs.core.canadianWork).toBe(w);
    expect(run(profile({ work })).crs.core.canadianWork).toBe(wo);
  });
});

describe('CRS spouse factors', () => {
  const spouse = (s: Json) => profile({ maritalStatus: 'common_law', spouse: s });

  it.each([
    ['less_than_secondary', 0],
    ['secondary', 2],
    ['one_year', 6],
    ['two_year', 7],
    ['bachelors', 8],
    ['two_or_more', 9],
    ['masters', 10],
    ['doctoral', 10],
  ])("spouse's %s scores %i", (education, pts) => {
    expect(run(spouse({ education })).crs.spouse.education).toBe(pts);
  });

  it.each([
    [4, 0],
    [5, 1],
    [6, 1],
    [7, 3],
    [8, 3],
    [9, 5],
    [10, 5],
  ])("spouse's CLB %i scores %i per ability", (clb, pts) => {
    expect(run(spouse({ languageTest: celpip(clb, clb, clb, clb) })).crs.spouse.language).toBe(4 * pts);
  });

  it('an expired spouse test scores nothing and is noted', () => {
    const r = run(spouse({ languageTest: ieltsAt(9, '2024-01-01') }));
    expect(r.crs.spouse.language).toBe(0);
    expect(r.notes).toContain('SPOUSE_LANGUAGE_TEST_EXPIRED:IELTS_GT:2024-01-01');
  });

  it.each([
    [1, 5],
    [2, 7],
    [3, 8],
    [4, 9],
    [5, 10],
    [6, 10],
  ])("spouse's %i Canadian years score %i", (years, pts) => {
    expect(run(spouse({ work: canadianYears(years) })).crs.spouse.canadianWork).toBe(pts);
  });

  it('a spouse who is a citizen or PR, or not accompanying, is scored as single with no spouse factors', () => {
    const factors = { education: 'masters', languageTest: ieltsAt(9) };
    const single = run(profile());
    for (const s of [
      { ...factors, canadianCitizenOrPR: true },
      { ...factors, accompanying: false },
    ]) {
      const r = run(spouse(s));
      expect(r.crs.withSpouse).toBe(false);
      expect(r.crs.spouse.subtotal).toBe(0);
      expect(r.crs.total).toBe(single.crs.total);
      expect(r.language.spouse).toBeNull();
    }
  });

  it('a divorced candidate is scored as single even with a spouse object', () => {
    expect(run(profile({ maritalStatus: 'divorced', spouse: { education: 'masters' } })).crs.withSpouse).toBe(false);
  });
});

describe('CRS additional points', () => {
  const a = (o: Json) => run(profile(o)).crs.additional;
  const french7 = tef(434, 434, 428, 456);

  it('French NCLC 7+ with English CLB 5+ in all four: 50', () => {
    expect(a({ languageTests: [ieltsAt(5), french7] }).french).toBe(50);
  });

  it('French NCLC 7+ with English under CLB 5 in one ability, or no English: 25', () => {
    expect(a({ languageTests: [celpip(5, 5, 5, 4), french7] }).french).toBe(25);
    expect(a({ languageTests: [french7] }).french).toBe(25);
  });

  it('French under NCLC 7 in one ability: no bonus', () => {
    expect(a({ languageTests: [ieltsAt(9), tef(434, 434, 428, 455)] }).french).toBe(0);
  });

  it('Canadian education 15 or 30, sibling 15, nomination 600', () => {
    expect(a({ education: { level: 'bachelors', canadian: 'one_or_two_year' } }).canadianEducation).toBe(15);
    expect(a({ education: { level: 'bachelors', canadian: 'three_year_or_more' } }).canadianEducation).toBe(30);
    expect(a({ siblingInCanada: true }).sibling).toBe(15);
    expect(a({ provincialNomination: true }).provincialNomination).toBe(600);
  });

  it('additional points are capped at 600', () => {
    const r = a({
      provincialNomination: true,
      siblingInCanada: true,
      languageTests: [ieltsAt(9), french7],
      education: { level: 'bachelors', canadian: 'three_year_or_more' },
    });
    expect(r.provincialNomination + r.sibling + r.french + r.canadianEducation).toBe(695);
    expect(r.subtotal).toBe(600);
  });

  it('the total is the sum of the capped subtotals and at most 1,200', () => {
    const r = run(
      profile({
        dateOfBirth: bornForAge(25),
        education: { level: 'doctoral', canadian: 'three_year_or_more' },
        languageTests: [ieltsAt(10), tef(546, 546, 558, 556)],
        work: [
          ...canadianYears(6),
          job({ inCanada: false, hoursPerWeek: 30, startDate: '2016-12-01', endDate: '2020-10-01' }),
        ],
        certificateOfQualification: { noc: '72200' },
        provincialNomination: true,
        siblingInCanada: true,
      }),
    ).crs;
    expect(r.core.subtotal).toBe(500);
    expect(r.total).toBe(r.core.subtotal + r.spouse.subtotal + r.transferability.subtotal + r.additional.subtotal);
    expect(r.total).toBe(1200);
  });
});
