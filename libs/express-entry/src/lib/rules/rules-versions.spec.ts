/** Rules versions chosen by assessment date, and a new version added without touching old results. */
import { createEngine, defaultRulesVersions } from '../../index';
import { FIXTURE_2027_01_01 } from './fixtures/fixture-2027-01-01';
import { grid, ieltsAt, job, profile, run, type Json } from '../../test-support/profiles';

const teer0Offer = { jobOffer: { noc: '00012', valid: true } };
const teer1Offer = { jobOffer: { noc: '21231', valid: true } };

describe('rules versions by assessment date', () => {
  it.each([
    ['2024-06-03', '2024-06-03'],
    ['2025-03-24', '2024-06-03'],
    ['2025-03-25', '2025-03-25'],
    ['2025-07-06', '2025-03-25'],
    ['2025-07-07', '2025-07-07'],
    ['2026-11-25', '2025-07-07'],
  ])('on %s the %s rules apply', (assessmentDate, id) => {
    expect(run(profile({ assessmentDate, languageTests: [ieltsAt(9, '2024-06-01')] })).rulesVersion).toBe(id);
  });

  it('before the first version the profile is rejected with a coded error', () => {
    expect(createEngine().validateProfile(profile({ assessmentDate: '2024-06-02', languageTests: [] }))).toEqual([
      expect.objectContaining({ path: 'assessmentDate', code: 'RULES_NOT_AVAILABLE_FOR_DATE' }),
    ]);
  });

  it('arranged employment: 200 for NOC major group 00 and 50 for other TEER 0-3 offers before 2025-03-25', () => {
    const at = (date: string, o: Json) =>
      run(profile({ assessmentDate: date, languageTests: [ieltsAt(9, '2024-06-01')], ...o })).crs.additional
        .arrangedEmployment;
    expect(at('2025-03-24', teer0Offer)).toBe(200);
    expect(at('2025-03-24', teer1Offer)).toBe(50);
    expect(at('2025-03-24', { jobOffer: { noc: '44101', valid: true } })).toBe(0);
    expect(at('2025-03-24', { jobOffer: { noc: '21231', valid: false } })).toBe(0);
    expect(at('2025-03-25', teer0Offer)).toBe(0);
  });

  it('the job-offer note appears only under versions without arranged-employment points', () => {
    const before = run(
      profile({ assessmentDate: '2025-03-24', languageTests: [ieltsAt(9, '2024-06-01')], ...teer1Offer }),
    );
    const after = run(
      profile({ assessmentDate: '2025-03-25', languageTests: [ieltsAt(9, '2024-06-01')], ...teer1Offer }),
    );
    expect(before.notes).not.toContain('JOB_OFFER_NO_CRS_POINTS_SINCE_2025_03_25');
    expect(after.notes).toContain('JOB_OFFER_NO_CRS_POINTS_SINCE_2025_03_25');
  });

  it('the proof-of-funds table switches on 2025-07-07', () => {
    const funds = (date: string, familySize: number) =>
      run(profile({ assessmentDate: date, languageTests: [ieltsAt(9, '2024-06-01')], familySize })).funds.required;
    expect([funds('2025-07-06', 1), funds('2025-07-06', 8)]).toEqual([14690, 38875 + 3958]);
    expect([funds('2025-07-07', 1), funds('2025-07-07', 8)]).toEqual([15263, 40392 + 4112]);
  });

  it('RULES_MAY_BE_OUTDATED and provisional status from 2026-11-03', () => {
    const before = run(profile({ assessmentDate: '2026-11-02' }));
    const on = run(profile({ assessmentDate: '2026-11-03' }));
    expect([before.rulesStatus, before.notes.includes('RULES_MAY_BE_OUTDATED')]).toEqual(['confirmed', false]);
    expect([on.rulesStatus, on.notes.includes('RULES_MAY_BE_OUTDATED')]).toEqual(['provisional', true]);
  });

  it('every result names its engine version', () => {
    expect(run(profile()).engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('adding a rules version (test fixture 2027-01-01)', () => {
  const withFixture = createEngine({ versions: [...defaultRulesVersions, FIXTURE_2027_01_01] });
  const standard = createEngine();
  const variants: Json[] = [
    profile(),
    profile(teer1Offer),
    grid({ familySize: 3, fundsAvailable: 23360 }),
    profile({
      maritalStatus: 'married',
      spouse: { education: 'masters', languageTest: ieltsAt(8) },
      work: [job({ endDate: null })],
    }),
  ];
  const dates = ['2025-01-10', '2025-07-07', '2026-11-25', '2026-12-31'];

  it.each(dates)('results on %s are identical with and without the new version', (assessmentDate) => {
    for (const v of variants) {
      const input = { ...v, assessmentDate };
      expect(withFixture.assess(input)).toEqual(standard.assess(input));
    }
  });

  it('from 2027-01-01 the new version applies: its funds, its rule, no caveat', () => {
    const input = { ...profile(teer1Offer), assessmentDate: '2027-01-01' };
    const a = withFixture.assess(input);
    const b = standard.assess(input);
    if (!a.ok || !b.ok) throw new Error('rejected');
    expect([a.result.rulesVersion, a.result.rulesStatus]).toEqual(['fixture-2027-01-01', 'provisional']);
    expect(a.result.funds.required).toBe(16000);
    expect(a.result.crs.additional.arrangedEmployment).toBe(100);
    expect(a.result.crs.total).toBe(b.result.crs.total + 100);
    expect(a.result.notes).not.toContain('RULES_MAY_BE_OUTDATED');
    expect(b.result.rulesVersion).toBe('2025-07-07');
  });

  it('the default engine never sees the fixture', () => {
    expect(defaultRulesVersions.map((v) => v.id)).not.toContain('fixture-2027-01-01');
  });

  it('an upcoming version change is reported with its effect', () => {
    const input = { ...profile(teer1Offer), assessmentDate: '2026-11-25' };
    const a = withFixture.assess(input, { upcomingChanges: true });
    if (!a.ok) throw new Error('rejected');
    expect(a.result.upcomingChanges).toContainEqual({
      date: '2027-01-01',
      cause: 'RULES_VERSION_CHANGES',
      crsChange: 100,
      detail: 'fixture-2027-01-01',
    });
  });

  it('duplicate ids or start dates are refused when the engine is created', () => {
    expect(() => createEngine({ versions: [...defaultRulesVersions, defaultRulesVersions[0]] })).toThrow(/unique/);
    expect(() => createEngine({ versions: [] })).toThrow(/at least one/);
  });
});
