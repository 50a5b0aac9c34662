/** CRS skill transferability (rules.md §3): groups, bands and caps, from literal expectations. */
import { celpip, ieltsAt, job, profile, run, type Json } from '../../test-support/profiles';

/** Full-time Canadian work of `years` whole years (plus a few weeks) ending the day before the assessment. */
const canadianYears = (years: number) => [
  job({ hoursPerWeek: 30, startDate: `${2026 - years}-11-01`, endDate: '2026-11-24' }),
];

describe('CRS skill transferability', () => {
  const t = (o: Json) => run(profile(o)).crs.transferability;

  it.each([
    ['secondary', 9, 0],
    ['bachelors', 7, 13],
    ['bachelors', 9, 25],
    ['two_year', 8, 13],
    ['two_or_more', 7, 25],
    ['masters', 7, 25],
    ['doctoral', 9, 50],
    ['masters', 6, 0],
  ])('education %s with CLB %i in all four: %i', (level, clb, pts) => {
    expect(t({ education: { level }, languageTests: [ieltsAt(clb)] }).educationLanguage).toBe(pts);
  });

  it('one ability under 7 removes the language points', () => {
    expect(t({ languageTests: [celpip(9, 9, 9, 6)] }).educationLanguage).toBe(0);
  });

  it.each([
    [1, 13, 25],
    [2, 25, 50],
  ])('education with %i Canadian year(s): %i (one-year+) or %i (two or more credentials)', (years, one, two) => {
    expect(t({ work: canadianYears(years) }).educationCanadianWork).toBe(one);
    expect(t({ education: { level: 'two_or_more' }, work: canadianYears(years) }).educationCanadianWork).toBe(two);
  });

  it('the education group is capped at 50', () => {
    const r = t({ education: { level: 'masters' }, languageTests: [ieltsAt(9)], work: canadianYears(2) });
    expect([r.educationLanguage, r.educationCanadianWork, r.educationSubtotal]).toEqual([50, 50, 50]);
  });

  const foreign = (years: number) => [
    job({ inCanada: false, hoursPerWeek: 30, startDate: `${2025 - years}-11-01`, endDate: '2025-11-24' }),
  ];
  it.each([
    [1, 7, 13],
    [2, 9, 25],
    [3, 7, 25],
    [4, 9, 50],
  ])('%i foreign year(s) with CLB %i: %i', (years, clb, pts) => {
    expect(t({ languageTests: [ieltsAt(clb)], work: foreign(years) }).foreignWorkLanguage).toBe(pts);
  });

  it('foreign work with Canadian work, and the foreign group cap of 50', () => {
    const r = t({ languageTests: [ieltsAt(9)], work: [...foreign(3), ...canadianYears(2)].map((w) => w) });
    expect(r.foreignWorkCanadianWork).toBeGreaterThan(0);
    expect(r.foreignWorkSubtotal).toBe(50);
  });

  it.each([
    [[5, 5, 5, 5], 25],
    [[6, 6, 6, 7], 25],
    [[7, 7, 7, 7], 50],
    [[10, 10, 10, 10], 50],
    [[4, 7, 7, 7], 0],
  ])('certificate of qualification with CELPIP %j: %i', (s, pts) => {
    const r = t({ certificateOfQualification: { noc: '72200' }, languageTests: [celpip(s[0], s[1], s[2], s[3])] });
    expect(r.certificateLanguage).toBe(pts);
    expect(r.certificateSubtotal).toBe(pts);
  });

  it('the three groups together are capped at 100', () => {
    const r = t({
      education: { level: 'doctoral' },
      languageTests: [ieltsAt(10)],
      work: [...canadianYears(3), ...foreign(4)],
      certificateOfQualification: { noc: '72200' },
    });
    expect([r.educationSubtotal, r.foreignWorkSubtotal, r.certificateSubtotal, r.subtotal]).toEqual([50, 50, 50, 100]);
  });
});
