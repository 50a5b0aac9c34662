/** Work-hour measures by interval arithmetic: caps, windows, exclusions, continuity, trades. */
import { countHours } from '../../index';
import { celpip, ieltsAt, job, profile, run, type Json } from '../../test-support/profiles';

const cecHours = (work: unknown[], tests = [ieltsAt(9)]) => run(profile({ work, languageTests: tests })).work;

describe('counting hours', () => {
  it('30 h/week for exactly 364 days is 1,560 h: one year', () => {
    const w = cecHours([job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' })]);
    expect(w.cecQualifyingHours).toBe(1560);
    expect(w.canadianYearsCRS).toBe(1);
  });

  it('one day less is 1,555.71 h: no year', () => {
    const w = cecHours([job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-29' })]);
    expect(w.cecQualifyingHours).toBe(1555.71);
    expect(w.canadianYearsCRS).toBe(0);
  });

  it('363 days at 30 h/week plus one day at 23 h/week is 1,559 h: no year, CEC not met', () => {
    const r = run(
      profile({
        languageTests: [ieltsAt(7)],
        work: [
          job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-29' }),
          job({ hoursPerWeek: 23, startDate: '2026-05-30', endDate: '2026-05-30' }),
        ],
      }),
    );
    expect(r.work.cecQualifyingHours).toBe(1559);
    expect(r.eligibility.CEC.reasons).toEqual(['CEC_INSUFFICIENT_CANADIAN_EXPERIENCE']);
  });

  it('simultaneous jobs are capped at 30 h/week together', () => {
    const a = job({ hoursPerWeek: 20, startDate: '2025-06-01', endDate: '2026-05-30' });
    const b = job({ noc: '21232', hoursPerWeek: 20, startDate: '2025-06-01', endDate: '2026-05-30' });
    expect(cecHours([a, b]).cecQualifyingHours).toBe(1560);
  });

  it('two part-time jobs add up when together under 30 h/week', () => {
    const a = job({ hoursPerWeek: 10, startDate: '2025-06-01', endDate: '2026-05-30' });
    const b = job({ noc: '21232', hoursPerWeek: 15, startDate: '2025-06-01', endDate: '2026-05-30' });
    expect(cecHours([a, b]).cecQualifyingHours).toBe(1300);
  });

  it('the cap applies per measure: Canadian and foreign years each count a simultaneous full-time job', () => {
    const here = job({ hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' });
    const abroad = job({ inCanada: false, hoursPerWeek: 30, startDate: '2025-06-01', endDate: '2026-05-30' });
    const w = cecHours([here, abroad]);
    expect([w.canadianYearsCRS, w.foreignYearsCRS, w.fswSkilledYears]).toEqual([1, 1, 1]);
  });

  it('the 3-year CEC window includes its first day and not the day before', () => {
    const firstDay = cecHours([job({ hoursPerWeek: 35, startDate: '2023-11-25', endDate: '2023-11-25' })]);
    const dayBefore = cecHours([job({ hoursPerWeek: 35, startDate: '2023-11-24', endDate: '2023-11-24' })]);
    expect(firstDay.cecQualifyingHours).toBe(4.29);
    expect(dayBefore.cecQualifyingHours).toBe(0);
  });

  it('work after the assessment date is ignored and an ongoing job counts up to it', () => {
    const later = cecHours([job({ hoursPerWeek: 35, startDate: '2026-11-19', endDate: '2027-06-01' })]);
    const ongoing = cecHours([job({ hoursPerWeek: 35, startDate: '2026-11-19', endDate: null })]);
    expect(later.cecQualifyingHours).toBe(30);
    expect(ongoing.cecQualifyingHours).toBe(30);
  });

  it('self-employment, full-time study, unauthorized work and TEER 4 do not count in Canada', () => {
    const base = { hoursPerWeek: 30, startDate: '2024-06-01', endDate: '2026-05-30' };
    for (const flags of [{ selfEmployed: true }, { fullTimeStudent: true }, { authorized: false }, { noc: '44101' }]) {
      expect(cecHours([job({ ...base, ...flags })]).canadianYearsCRS).toBe(0);
    }
  });

  it('FSW counts student and self-employed work but not unauthorized Canadian work', () => {
    const base = { hoursPerWeek: 30, startDate: '2024-06-01', endDate: '2026-05-30' };
    expect(cecHours([job({ ...base, fullTimeStudent: true })]).fswSkilledYears).toBe(2);
    expect(cecHours([job({ ...base, selfEmployed: true })]).fswSkilledYears).toBe(2);
    expect(cecHours([job({ ...base, authorized: false })]).fswSkilledYears).toBe(0);
  });

  it('countHours gives the same interval arithmetic to a user interface', () => {
    const c = countHours(
      [
        { startDate: '2025-06-01', endDate: '2026-05-30', hoursPerWeek: 20 },
        { startDate: '2025-06-01', endDate: null, hoursPerWeek: 20 },
        { startDate: 'not a date', hoursPerWeek: 40 },
      ],
      { from: '2023-11-25', to: '2026-05-30' },
    );
    expect(c).toEqual({ hours: 1560, units: 1560 * 700, years: 1 });
  });
});

describe('CEC hours adjusted for language (choice 6)', () => {
  // 728 days at 30 h/week = 3,120 h.
  const inNoc = (noc: string) => job({ noc, hoursPerWeek: 30, startDate: '2024-06-01', endDate: '2026-05-29' });
  const teer1 = inNoc('21231');
  const cases: [string, Json, string, number][] = [
    ['TEER 0 at CLB 7 counts', celpip(7, 7, 7, 7), '00012', 3120],
    ['TEER 0 at CLB 6 does not', celpip(7, 7, 6, 7), '00012', 0],
    ['TEER 1 at CLB 7 counts', celpip(7, 7, 7, 7), '21231', 3120],
    ['TEER 1 at CLB 6 does not', celpip(6, 7, 7, 7), '21231', 0],
    ['TEER 2 at CLB 5 counts', celpip(5, 5, 5, 5), '72200', 3120],
    ['TEER 2 at CLB 4 does not', celpip(5, 4, 5, 5), '72200', 0],
    ['TEER 3 at CLB 5 counts', celpip(5, 5, 5, 5), '63200', 3120],
    ['TEER 3 at CLB 4 does not', celpip(5, 5, 5, 4), '63200', 0],
  ];
  it.each(cases)('%s', (_name, test, noc, hours) => {
    const w = cecHours([inNoc(noc)], [test]);
    expect(w.cecQualifyingHours).toBe(3120);
    expect(w.cecQualifyingHoursLanguageAdjusted).toBe(hours);
  });

  it('mixed TEER 1 and 2 at CLB 6: only the TEER 2 hours count', () => {
    const a = job({ noc: '21231', hoursPerWeek: 15, startDate: '2024-06-01', endDate: '2026-05-29' });
    const b = job({ noc: '72200', hoursPerWeek: 15, startDate: '2024-06-01', endDate: '2026-05-29' });
    const r = run(profile({ work: [a, b], languageTests: [celpip(6, 6, 6, 6)] }));
    expect(r.work.cecQualifyingHoursLanguageAdjusted).toBe(1560);
    expect(r.eligibility.CEC.eligible).toBe(true);
  });

  it('CEC uses the best valid test, even one that is not the first official language', () => {
    const r = run(profile({ work: [teer1], languageTests: [celpip(6, 6, 6, 6)], firstOfficialLanguage: 'english' }));
    const withFrench = run(
      profile({
        work: [teer1],
        languageTests: [
          celpip(6, 6, 6, 6),
          { test: 'TCF', date: '2026-03-01', scores: { listening: 458, reading: 453, writing: 10, speaking: 10 } },
        ],
        firstOfficialLanguage: 'english',
      }),
    );
    expect(r.eligibility.CEC.reasons).toEqual(['CEC_LANGUAGE_BELOW_THRESHOLD']);
    expect(withFrench.eligibility.CEC.eligible).toBe(true);
  });
});

describe('FSW continuous year (same NOC, touching or overlapping)', () => {
  const a = job({ inCanada: false, hoursPerWeek: 30, startDate: '2025-01-01', endDate: '2025-06-30' });
  const touching = job({ inCanada: false, hoursPerWeek: 30, startDate: '2025-07-01', endDate: '2025-12-31' });
  const gapped = job({ inCanada: false, hoursPerWeek: 30, startDate: '2025-07-02', endDate: '2026-01-01' });
  const otherNoc = job({
    inCanada: false,
    noc: '21232',
    hoursPerWeek: 30,
    startDate: '2025-07-01',
    endDate: '2025-12-31',
  });

  it('touching entries of the same NOC form a continuous year', () => {
    expect(cecHours([a, touching]).fswContinuousYear).toBe(true);
  });

  it('a one-day gap breaks continuity', () => {
    const w = cecHours([a, gapped]);
    expect(w.fswContinuousYear).toBe(false);
    expect(w.fswSkilledYears).toBe(1);
  });

  it('touching entries of different NOCs are not one occupation', () => {
    expect(cecHours([a, otherNoc]).fswContinuousYear).toBe(false);
  });

  it('overlapping entries of the same NOC join, capped at 30 h/week', () => {
    const long = job({ inCanada: false, hoursPerWeek: 20, startDate: '2025-01-01', endDate: '2025-12-30' });
    const overlap = job({ inCanada: false, hoursPerWeek: 20, startDate: '2025-01-01', endDate: '2025-12-30' });
    expect(cecHours([long, overlap]).fswContinuousYear).toBe(true);
    expect(cecHours([long]).fswContinuousYear).toBe(false);
  });
});

describe('FST eligible trade groups', () => {
  const trade = (noc: string) =>
    cecHours([job({ inCanada: false, noc, hoursPerWeek: 30, startDate: '2023-01-01', endDate: '2025-12-31' })])
      .fstQualifyingTrades;
  const eligible = ['72010', '72200', '72999', '73100', '73400', '82010', '83100', '92100', '63200', '63202', '62200'];
  const notEligible = ['72600', '72604', '71100', '74100', '63210', '62201', '62020', '21231', '93100'];

  it.each(eligible)('%s is a skilled trade', (noc) => {
    expect(trade(noc)).toEqual([noc]);
  });

  it.each(notEligible)('%s is not a skilled trade', (noc) => {
    expect(trade(noc)).toEqual([]);
  });

  it('needs 3,120 h in one NOC within 5 years', () => {
    const short = job({
      inCanada: false,
      noc: '72200',
      hoursPerWeek: 30,
      startDate: '2024-12-01',
      endDate: '2026-11-25',
    });
    const split = [
      job({ inCanada: false, noc: '72200', hoursPerWeek: 30, startDate: '2022-01-01', endDate: '2023-06-30' }),
      job({ inCanada: false, noc: '72201', hoursPerWeek: 30, startDate: '2023-07-01', endDate: '2024-12-31' }),
    ];
    expect(cecHours([short]).fstQualifyingTrades).toEqual([]);
    expect(cecHours(split).fstQualifyingTrades).toEqual([]);
  });
});
