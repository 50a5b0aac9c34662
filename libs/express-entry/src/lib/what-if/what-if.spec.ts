/**
 * What-if levers and upcoming changes. Each reported number is checked against an independent
 * re-run of the public `assess` on the modified profile built here from the lever's target.
 */
import type { AssessmentResult, WhatIfItem } from '../../index';
import { ielts, ieltsAt, job, profile, run, type Json } from '../../test-support/profiles';

const ABILITIES = ['listening', 'reading', 'writing', 'speaking'];

function shiftYear(iso: string): string {
  const next = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  return next.endsWith('02-29') ? next.replace('02-29', '02-28') : next;
}

function scoresOf(list: string): Json {
  const s = list.split('/').map(Number);
  return Object.fromEntries(ABILITIES.map((a, i) => [a, s[i]]));
}

/** Builds, from the lever's target alone, the profile the engine should have re-run. */
function applyLever(input: Json, item: WhatIfItem): Json {
  const p: Json = structuredClone(input);
  const tests = p['languageTests'] as Json[];
  const [testName, second, third] = item.target.split(' ');
  switch (item.lever) {
    case 'LANGUAGE_ABILITY_UP': {
      const t = tests.find((x) => x['test'] === testName) as Json;
      (t['scores'] as Json)[second] = Number(third);
      return p;
    }
    case 'FIRST_LANGUAGE_CLB7':
    case 'FIRST_LANGUAGE_CLB9': {
      const t = tests.find((x) => x['test'] === testName) as Json;
      t['scores'] = scoresOf(second);
      return p;
    }
    case 'SECOND_LANGUAGE_NCLC7':
      tests.push({ test: testName, date: p['assessmentDate'], scores: scoresOf(second) });
      return p;
    case 'SPOUSE_LANGUAGE_ABILITY_UP':
    case 'SPOUSE_LANGUAGE_CLB9': {
      const spouse = p['spouse'] as Json;
      const t = spouse['languageTest'] as Json;
      if (item.lever === 'SPOUSE_LANGUAGE_CLB9') t['scores'] = scoresOf(second);
      else (t['scores'] as Json)[second] = Number(third);
      return p;
    }
    case 'CANADIAN_WORK_YEAR':
      p['assessmentDate'] = shiftYear(p['assessmentDate'] as string);
      p['dateOfBirth'] = shiftYear(p['dateOfBirth'] as string);
      for (const t of tests) t['date'] = shiftYear(t['date'] as string);
      return p;
    case 'EDUCATION_LEVEL_UP':
      (p['education'] as Json)['level'] = item.target;
      return p;
    case 'PROVINCIAL_NOMINATION':
      p['provincialNomination'] = true;
      return p;
    default:
      throw new Error('unknown lever ' + item.lever);
  }
}

const married: Json = profile({
  maritalStatus: 'married',
  spouse: { education: 'bachelors', languageTest: ielts(5.5, 5, 5.5, 5.5) },
  languageTests: [ielts(7, 6.5, 6, 6)],
  education: { level: 'two_year', canadian: 'none' },
  work: [job({ startDate: '2025-09-01', endDate: null, hoursPerWeek: 37.5 })],
});

describe('what-if levers', () => {
  const base = run(married);
  const items = run(married, { whatIf: true }).whatIf;

  it('offers the expected kinds of lever for this profile', () => {
    const levers = new Set(items.map((i) => i.lever));
    for (const l of [
      'LANGUAGE_ABILITY_UP',
      'FIRST_LANGUAGE_CLB9',
      'SECOND_LANGUAGE_NCLC7',
      'CANADIAN_WORK_YEAR',
      'EDUCATION_LEVEL_UP',
      'SPOUSE_LANGUAGE_ABILITY_UP',
      'SPOUSE_LANGUAGE_CLB9',
      'PROVINCIAL_NOMINATION',
    ]) {
      expect(levers).toContain(l);
    }
  });

  it.each(items.map((i) => [`${i.lever} ${i.target}`, i] as const))(
    '%s equals a re-run of the modified profile',
    (_n, item) => {
      const rerun = run(applyLever(married, item));
      expect(item.newTotal).toBe(rerun.crs.total);
      expect(item.crsGain).toBe(rerun.crs.total - base.crs.total);
    },
  );

  it('is ranked by gain, largest first, and lists only gains', () => {
    const gains = items.map((i) => i.crsGain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(gains.every((g) => g > 0)).toBe(true);
    expect(items[0]).toEqual(expect.objectContaining({ lever: 'PROVINCIAL_NOMINATION', crsGain: 600 }));
  });

  it('one more CLB level targets the next row of that test chart', () => {
    expect(items).toContainEqual(
      expect.objectContaining({ lever: 'LANGUAGE_ABILITY_UP', target: 'IELTS_GT listening 7.5 (CLB 8)' }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({ lever: 'LANGUAGE_ABILITY_UP', target: 'IELTS_GT writing 6.5 (CLB 8)' }),
    );
  });

  it('without a valid test, CLB 7 and 9 are proposed as a new English test', () => {
    const p = profile({ languageTests: [] });
    const r = run(p, { whatIf: true }).whatIf;
    expect(r).toContainEqual(
      expect.objectContaining({ lever: 'FIRST_LANGUAGE_CLB7', target: 'IELTS_GT 6/6/6/6 (CLB 7)' }),
    );
    expect(r).toContainEqual(
      expect.objectContaining({ lever: 'FIRST_LANGUAGE_CLB9', target: 'IELTS_GT 8/7/7/7 (CLB 9)' }),
    );
  });

  it('is empty unless requested, and requesting it changes nothing else', () => {
    const plain = run(married);
    const withOptions = run(married, { whatIf: true, upcomingChanges: true });
    expect(plain.whatIf).toEqual([]);
    expect(plain.upcomingChanges).toEqual([]);
    expect({ ...withOptions, whatIf: [], upcomingChanges: [] }).toEqual(plain);
  });

  it('a maxed-out profile has nothing left to gain', () => {
    const maxed = profile({
      education: { level: 'doctoral' },
      languageTests: [ieltsAt(10)],
      provincialNomination: true,
    });
    expect(run(maxed, { whatIf: true }).whatIf.filter((i) => i.lever !== 'SECOND_LANGUAGE_NCLC7')).toEqual([]);
  });
});

describe('upcoming changes', () => {
  const p = profile({
    dateOfBirth: '1996-12-10',
    languageTests: [ieltsAt(9, '2025-02-01')],
    work: [job({ hoursPerWeek: 30, startDate: '2026-06-01', endDate: null })],
  });
  const changes = run(p, { upcomingChanges: true }).upcomingChanges;
  const at = (date: string): AssessmentResult => run({ ...p, assessmentDate: date });
  const dayBefore = (date: string) => {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };

  it('finds birthdays, the test expiry and completed years of work within two years', () => {
    expect(changes.map((c) => [c.date, c.cause])).toEqual([
      ['2026-12-10', 'BIRTHDAY'],
      ['2027-02-01', 'LANGUAGE_TEST_EXPIRES'],
      ['2027-05-30', 'CANADIAN_WORK_YEAR_COMPLETES'],
      ['2027-05-30', 'CEC_EXPERIENCE_SUFFICIENT'],
      ['2027-12-10', 'BIRTHDAY'],
      ['2028-05-28', 'CANADIAN_WORK_YEAR_COMPLETES'],
    ]);
  });

  it.each(changes.map((c) => [`${c.date} ${c.cause}`, c] as const))(
    '%s: crsChange is a re-run on that date minus the day before',
    (_n, c) => {
      expect(c.crsChange).toBe(at(c.date).crs.total - at(dayBefore(c.date)).crs.total);
    },
  );

  it('a birthday that costs no points is not listed', () => {
    const young = run(profile({ dateOfBirth: '2000-12-10' }), { upcomingChanges: true }).upcomingChanges;
    expect(young.filter((c) => c.cause === 'BIRTHDAY')).toEqual([]);
  });
});
