/** CEC, FSW (grid and funds) and FST minimum requirements and their reason codes. */
import { bornForAge, celpip, ieltsAt, job, profile, run, type Json } from '../../test-support/profiles';

/** One full-time foreign year in 21231 (FSW experience without Canadian points). */
const foreignYear = job({ inCanada: false, hoursPerWeek: 30, startDate: '2025-01-01', endDate: '2026-02-04' });
/** The worked example "fsw-grid-67": language 20 + education 21 + experience 9 + age 12 + relative 5. */
const grid67 = (o: Json = {}) =>
  profile({
    dateOfBirth: bornForAge(35),
    languageTests: [ieltsAt(8)],
    work: [foreignYear],
    relativeInCanada: true,
    ...o,
  });

describe('FSW selection grid', () => {
  // prettier-ignore
  const FSW_AGE: [number, number][] = [
    [17, 0], [18, 12], [19, 12], [20, 12], [25, 12], [30, 12], [34, 12], [35, 12], [36, 11], [37, 10], [38, 9],
    [39, 8], [40, 7], [41, 6], [42, 5], [43, 4], [44, 3], [45, 2], [46, 1], [47, 0],
  ];
  it.each(FSW_AGE)('age %i scores %i', (age, pts) => {
    expect(run(profile({ dateOfBirth: bornForAge(age) })).eligibility.FSW.grid.age).toBe(pts);
  });

  it('67 points pass and 66 points fail', () => {
    const pass = run(grid67()).eligibility.FSW;
    const fail = run(grid67({ dateOfBirth: bornForAge(36) })).eligibility.FSW;
    expect([pass.grid.total, pass.eligible, pass.reasons]).toEqual([67, true, []]);
    expect([fail.grid.total, fail.eligible, fail.reasons]).toEqual([66, false, ['FSW_GRID_BELOW_67']]);
  });

  it.each([
    [[9, 9, 9, 9], 24],
    [[8, 8, 8, 8], 20],
    [[7, 7, 7, 7], 16],
    [[10, 9, 8, 7], 21],
    [[9, 9, 9, 6], 18],
  ])('first language CELPIP %j scores %i', (s, pts) => {
    expect(run(profile({ languageTests: [celpip(s[0], s[1], s[2], s[3])] })).eligibility.FSW.grid.language).toBe(pts);
  });

  it('a second official language at CLB 5+ in all four adds 4', () => {
    const tef5 = {
      test: 'TEF',
      date: '2026-03-01',
      scores: { listening: 352, reading: 352, writing: 330, speaking: 387 },
    };
    const tef4 = {
      test: 'TEF',
      date: '2026-03-01',
      scores: { listening: 352, reading: 352, writing: 330, speaking: 386 },
    };
    expect(run(profile({ languageTests: [ieltsAt(9), tef5] })).eligibility.FSW.grid.language).toBe(28);
    expect(run(profile({ languageTests: [ieltsAt(9), tef4] })).eligibility.FSW.grid.language).toBe(24);
  });

  it.each([
    ['less_than_secondary', 0],
    ['secondary', 5],
    ['one_year', 15],
    ['two_year', 19],
    ['bachelors', 21],
    ['two_or_more', 22],
    ['masters', 23],
    ['doctoral', 25],
  ])('education %s scores %i', (level, pts) => {
    expect(run(profile({ education: { level } })).eligibility.FSW.grid.education).toBe(pts);
  });

  const yearsOfWork = (n: number) => [
    job({ inCanada: false, hoursPerWeek: 30, startDate: `${2026 - n}-01-01`, endDate: '2026-01-31' }),
  ];
  it.each([
    [1, 9],
    [2, 11],
    [3, 11],
    [4, 13],
    [5, 13],
    [6, 15],
    [9, 15],
  ])('%i years of skilled work score %i', (n, pts) => {
    expect(run(profile({ work: yearsOfWork(n) })).eligibility.FSW.grid.experience).toBe(pts);
  });

  it('arranged employment: 10 points and 5 adaptability for a valid TEER 0-3 offer only', () => {
    const valid = run(profile({ jobOffer: { noc: '21231', valid: true } })).eligibility.FSW.grid;
    const teer4 = run(profile({ jobOffer: { noc: '44101', valid: true } })).eligibility.FSW.grid;
    const invalid = run(profile({ jobOffer: { noc: '21231', valid: false } })).eligibility.FSW.grid;
    expect([valid.arrangedEmployment, valid.adaptability]).toEqual([10, 5]);
    expect([teer4.arrangedEmployment, invalid.arrangedEmployment, invalid.adaptability]).toEqual([0, 0, 0]);
  });

  it.each([
    ['own study in Canada', { education: { level: 'bachelors', studiedInCanadaTwoYearsFullTime: true } }, 5],
    ['own Canadian work', { work: [job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' })] }, 10],
    ['a relative in Canada', { relativeInCanada: true }, 5],
    ['a sibling counts as a relative', { siblingInCanada: true }, 5],
    ["spouse's language CLB 4+", { maritalStatus: 'married', spouse: { languageTest: celpip(4, 4, 4, 4) } }, 5],
    ["spouse's language under CLB 4", { maritalStatus: 'married', spouse: { languageTest: celpip(4, 4, 4, 3) } }, 0],
    ["spouse's study", { maritalStatus: 'married', spouse: { studiedInCanadaTwoYearsFullTime: true } }, 5],
    [
      "spouse's Canadian work",
      {
        maritalStatus: 'married',
        spouse: { work: [job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' })] },
      },
      5,
    ],
    [
      'a non-accompanying spouse adds nothing',
      { maritalStatus: 'married', spouse: { accompanying: false, studiedInCanadaTwoYearsFullTime: true } },
      0,
    ],
    [
      'capped at 10',
      {
        relativeInCanada: true,
        jobOffer: { noc: '21231', valid: true },
        education: { level: 'bachelors', studiedInCanadaTwoYearsFullTime: true },
      },
      10,
    ],
  ])('adaptability: %s', (_name, o, pts) => {
    expect(run(profile(o as Json)).eligibility.FSW.grid.adaptability).toBe(pts);
  });
});

describe('FSW minimum requirements', () => {
  it('no education credential is a reason of its own', () => {
    expect(run(grid67({ education: { level: 'less_than_secondary' } })).eligibility.FSW.reasons).toContain(
      'FSW_NO_EDUCATION_CREDENTIAL',
    );
  });

  it('language below CLB 7 in one ability', () => {
    expect(run(grid67({ languageTests: [celpip(9, 9, 9, 6)] })).eligibility.FSW.reasons).toContain(
      'FSW_LANGUAGE_BELOW_CLB7',
    );
  });

  it('no valid test replaces the language reason', () => {
    const reasons = run(grid67({ languageTests: [] })).eligibility.FSW.reasons;
    expect(reasons).toContain('NO_VALID_LANGUAGE_TEST');
    expect(reasons).not.toContain('FSW_LANGUAGE_BELOW_CLB7');
  });

  /** 2025-07-07 table (rules.md §8.4), 8 and 9 persons add 4,112 each. */
  // prettier-ignore
  const FUNDS: [number, number][] = [
    [1, 15263], [2, 19001], [3, 23360], [4, 28362], [5, 32168], [6, 36280], [7, 40392], [8, 44504], [9, 48616],
  ];
  it.each(FUNDS)('family of %i needs %i: that amount passes, one dollar less fails', (familySize, required) => {
    const enough = run(grid67({ familySize, fundsAvailable: required }));
    const short = run(grid67({ familySize, fundsAvailable: required - 1 }));
    expect(enough.funds).toEqual({ required, exempt: false });
    expect(enough.eligibility.FSW.eligible).toBe(true);
    expect(short.eligibility.FSW.reasons).toEqual(['INSUFFICIENT_FUNDS']);
  });

  it('authorized to work with a valid job offer: exempt from funds', () => {
    const r = run(
      grid67({ fundsAvailable: 0, authorizedToWorkInCanada: true, jobOffer: { noc: '21231', valid: true } }),
    );
    expect(r.funds.exempt).toBe(true);
    expect(r.eligibility.FSW.eligible).toBe(true);
  });

  it('a job offer without work authorization does not exempt', () => {
    const r = run(grid67({ fundsAvailable: 0, jobOffer: { noc: '21231', valid: true } }));
    expect(r.funds.exempt).toBe(false);
    expect(r.eligibility.FSW.reasons).toContain('INSUFFICIENT_FUNDS');
  });
});

describe('CEC reasons', () => {
  const cecYear = job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' });

  it('the experience reason wins over the language reason', () => {
    const r = run(
      profile({
        languageTests: [celpip(6, 6, 6, 6)],
        work: [job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-01-01' })],
      }),
    );
    expect(r.eligibility.CEC.reasons).toEqual(['CEC_INSUFFICIENT_CANADIAN_EXPERIENCE']);
  });

  it('no valid test sits alongside the experience reason', () => {
    expect(run(profile({ languageTests: [] })).eligibility.CEC.reasons.sort()).toEqual([
      'CEC_INSUFFICIENT_CANADIAN_EXPERIENCE',
      'NO_VALID_LANGUAGE_TEST',
    ]);
  });

  it('no valid test with enough experience: only NO_VALID_LANGUAGE_TEST', () => {
    expect(run(profile({ languageTests: [], work: [cecYear] })).eligibility.CEC.reasons).toEqual([
      'NO_VALID_LANGUAGE_TEST',
    ]);
  });

  it('enough experience at the right level is eligible', () => {
    expect(run(profile({ languageTests: [ieltsAt(7)], work: [cecYear] })).eligibility.CEC).toEqual({
      eligible: true,
      reasons: [],
    });
  });
});

describe('FST reasons', () => {
  const trade = job({
    inCanada: false,
    noc: '72200',
    hoursPerWeek: 30,
    startDate: '2023-01-01',
    endDate: '2025-12-31',
  });
  const fst = (o: Json) => run(profile({ languageTests: [celpip(5, 4, 4, 5)], work: [trade], ...o })).eligibility.FST;

  it('certificate in the qualifying trade: eligible at S5 L5 R4 W4', () => {
    expect(fst({ certificateOfQualification: { noc: '72200' } })).toEqual({ eligible: true, reasons: [] });
  });

  it('a valid job offer in the trade also qualifies; an invalid one does not', () => {
    expect(fst({ jobOffer: { noc: '72200', valid: true } }).eligible).toBe(true);
    expect(fst({ jobOffer: { noc: '72200', valid: false } }).reasons).toEqual(['FST_NO_JOB_OFFER_OR_CERTIFICATE']);
  });

  it('a certificate in another trade does not qualify', () => {
    expect(fst({ certificateOfQualification: { noc: '72201' } }).reasons).toEqual(['FST_NO_JOB_OFFER_OR_CERTIFICATE']);
  });

  it('the offer/certificate reason is only checked when trade experience suffices', () => {
    expect(fst({ work: [] }).reasons).toEqual(['FST_INSUFFICIENT_TRADE_EXPERIENCE']);
  });

  it('speaking under CLB 5 fails the language threshold; no valid test replaces it', () => {
    const cert = { certificateOfQualification: { noc: '72200' } };
    expect(fst({ ...cert, languageTests: [celpip(5, 4, 4, 4)] }).reasons).toEqual(['FST_LANGUAGE_BELOW_THRESHOLD']);
    expect(fst({ ...cert, languageTests: [] }).reasons).toEqual(['NO_VALID_LANGUAGE_TEST']);
  });

  it('any valid test may meet the threshold', () => {
    const frenchOk = {
      test: 'TCF',
      date: '2026-03-01',
      scores: { listening: 369, reading: 342, writing: 4, speaking: 6 },
    };
    const cert = { certificateOfQualification: { noc: '72200' } };
    expect(fst({ ...cert, languageTests: [celpip(4, 4, 4, 4), frenchOk] }).eligible).toBe(true);
  });
});

describe('Quebec', () => {
  it('intending to live in Quebec makes all three programs ineligible but CRS is unchanged', () => {
    const elsewhere = run(grid67());
    const quebec = run(grid67({ intendedProvince: 'QC' }));
    for (const p of ['CEC', 'FSW', 'FST'] as const) {
      expect(quebec.eligibility[p].reasons).toContain('INTENDS_TO_LIVE_IN_QUEBEC');
      expect(quebec.eligibility[p].eligible).toBe(false);
    }
    expect(quebec.eligibleForExpressEntry).toBe(false);
    expect(quebec.crs).toEqual(elsewhere.crs);
  });

  it('work done in Quebec still counts', () => {
    const r = run(
      profile({ work: [job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30', province: 'QC' })] }),
    );
    expect(r.eligibility.CEC.eligible).toBe(true);
  });
});
