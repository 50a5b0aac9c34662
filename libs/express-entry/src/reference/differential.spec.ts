/**
 * Differential test: the engine (`assess`) against the independent reference in ./reference.ts,
 * on the 24 worked examples and on ~3000 seeded random valid profiles. Normative fields only.
 */
import { assess } from '../index';
import examples from '../test-data/examples.json';
import { addYears, referenceAssess, type RefProfile, type RefTest, type RefWork, type TestType } from './reference';

type Json = Record<string, unknown>;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}
function dn(s: string): number {
  return Math.round(Date.parse(`${s}T00:00:00Z`) / 86400000);
}

const NOCS: string[] = [
  '00012',
  '00013',
  '10010',
  '20012',
  '21231',
  '11100',
  '41200',
  '31102',
  '72200',
  '72410',
  '72600',
  '72604',
  '62200',
  '22310',
  '62010',
  '82020',
  '92100',
  '73300',
  '73110',
  '63200',
  '63201',
  '63202',
  '63210',
  '83100',
  '64100',
  '44100',
  '65200',
  '75110',
];
const TRADE_NOCS = ['72200', '72410', '73300', '73110', '63200', '63202', '62200', '82020', '83100', '92100'];
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

function generate(rand: () => number): RefProfile {
  const int0 = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const strong = rand() < 0.5;
  // in strong mode, skew ranges upward (scores, durations) by taking the max of two draws
  const int = (a: number, b: number) => (strong ? Math.max(int0(a, b), int0(a, b)) : int0(a, b));
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;

  const a0 = dn('2024-07-01');
  const aDay = int0(a0, dn('2026-12-31'));
  const on = iso(aDay);

  const dob = chance(0.05)
    ? `${pick([1984, 1988, 1992, 1996, 2000, 2004])}-02-29`
    : iso(aDay - int0(17 * 365, 50 * 365));
  const dobExact = chance(0.05) ? addYears(on, -int0(18, 47)) : dob;

  const score = (test: TestType, tdate: string): RefTest['scores'] => {
    const s = () => {
      switch (test) {
        case 'IELTS_GT':
          return int(6, 18) / 2;
        case 'CELPIP_G':
          return int(3, 12);
        case 'PTE_CORE':
          return int(20, 90);
        case 'TCF':
          return int(300, 699);
        case 'TEF':
          return tdate >= '2019-10-01' ? int(250, 699) : int(150, 360);
      }
      return 0;
    };
    const ws = () => (test === 'TCF' ? int(2, 20) : s());
    return { listening: s(), reading: s(), writing: ws(), speaking: ws() };
  };
  const mkTest = (): RefTest => {
    const test = pick<TestType>(['IELTS_GT', 'CELPIP_G', 'PTE_CORE', 'TEF', 'TCF']);
    let date: string;
    const r = rand();
    if (r < 0.1) date = addYears(on, -2);
    else if (r < 0.15) date = iso(dn(addYears(on, -2)) + 1);
    else if (r < 0.18) date = pick(['2024-02-29', '2023-12-11', '2023-12-10', '2024-03-01']);
    else date = iso(aDay - int0(0, strong ? 700 : 3 * 365));
    if (date > on) date = on;
    return { test, date, scores: score(test, date) };
  };

  const mkWork = (forceCanada?: boolean): RefWork => {
    const noc = chance(0.3) ? pick(TRADE_NOCS) : pick(NOCS);
    const startDay = aDay - int0(0, strong ? 6 * 365 : 11 * 365);
    const r = rand();
    let endDate: string | null;
    if (r < 0.2) endDate = null;
    else if (r < 0.27)
      endDate = iso(aDay + int0(1, 200)); // runs past the assessment date
    else endDate = iso(Math.min(aDay, startDay + int(0, 6 * 365)));
    const w: RefWork = {
      inCanada: forceCanada ?? chance(0.55),
      noc,
      hoursPerWeek: chance(0.1) ? int(500, 6000) / 100 : int(5, 60),
      startDate: chance(0.03) ? iso(aDay + int0(1, 30)) : iso(startDay),
      endDate,
    };
    if (w.endDate !== null && w.endDate < w.startDate) w.endDate = null;
    if (chance(0.5)) w.teer = Number(noc[1]);
    if (chance(0.1)) w.selfEmployed = true;
    if (chance(0.1)) w.fullTimeStudent = true;
    if (chance(0.1)) w.authorized = false;
    else if (chance(0.3)) w.authorized = true;
    return w;
  };
  // an entry whose counted hours land within a few hours of 1,560 / 3,120 h, or on a window edge
  const mkBoundary = (): RefWork => {
    const w = mkWork(chance(0.7));
    const h = pick([30, 15, 37.5, 40, 29.99, 30.01, 20, 7.5]);
    const target = pick([1560, 3120]);
    const days = Math.round((target * 7) / Math.min(h, 30)) + int0(-2, 2);
    const r = rand();
    const endDay = r < 0.3 ? aDay : aDay - int0(0, 400);
    let startDay = endDay - days + 1;
    if (r > 0.85) startDay = dn(addYears(on, -pick([3, 5, 10]))) + int0(-1, 1);
    w.hoursPerWeek = h;
    w.startDate = iso(startDay);
    w.endDate = r < 0.15 ? null : iso(Math.max(startDay, endDay));
    return w;
  };
  const mkWorks = (): RefWork[] => {
    if (chance(0.15)) return Array.from({ length: int0(1, 2) }, mkBoundary);
    const n = int(0, 5);
    const ws: RefWork[] = [];
    for (let i = 0; i < n; i++) {
      const w = mkWork();
      // sometimes chain onto the previous entry (touching / overlapping / gap) with the same NOC
      if (i > 0 && chance(0.4)) {
        const prev = ws[i - 1];
        if (prev.endDate !== null) {
          w.noc = prev.noc;
          w.teer = prev.teer;
          w.inCanada = prev.inCanada;
          const s = dn(prev.endDate) + int0(-30, 3);
          w.startDate = iso(Math.min(aDay, Math.max(dn(prev.startDate), s)));
          if (w.endDate !== null && w.endDate < w.startDate)
            w.endDate = iso(Math.min(aDay, dn(w.startDate) + int(0, 900)));
        }
      }
      if (w.endDate !== null && w.endDate < w.startDate) w.endDate = null;
      ws.push(w);
    }
    return ws;
  };

  const marital = pick([
    'single',
    'married',
    'common_law',
    'divorced',
    'separated',
    'widowed',
    'married',
    'common_law',
  ]);
  const p: RefProfile = {
    assessmentDate: on,
    ...(chance(0.05) ? { age: int0(16, 50) } : { dateOfBirth: dobExact }),
    maritalStatus: marital,
    education: {
      level: pick(EDU),
      canadian: pick(['none', 'none', 'one_or_two_year', 'three_year_or_more']),
      studiedInCanadaTwoYearsFullTime: chance(0.2),
    },
    languageTests: Array.from({ length: int(0, 3) }, mkTest),
    work: mkWorks(),
    intendedProvince: chance(0.08) ? 'QC' : pick(['ON', 'BC', 'AB']),
    familySize: int0(1, 9),
    fundsAvailable: 0,
  };
  if (p.languageTests.length && chance(0.08)) {
    // a second test of the same language family on the same date
    const t0 = p.languageTests[0];
    const fam: TestType[] =
      t0.test === 'TEF' || t0.test === 'TCF' ? ['TEF', 'TCF'] : ['IELTS_GT', 'CELPIP_G', 'PTE_CORE'];
    const test = pick(fam);
    p.languageTests.push({ test, date: t0.date, scores: score(test, t0.date) });
  }
  if (p.dateOfBirth && chance(0.03)) p.age = int0(16, 60);
  if (chance(0.2)) p.firstOfficialLanguage = pick(['english', 'french']);
  if (marital !== 'single' && chance(0.85)) {
    p.spouse = {
      accompanying: chance(0.8),
      canadianCitizenOrPR: chance(0.2),
      education: pick(EDU),
      languageTest: chance(0.7) ? mkTest() : null,
      work: Array.from({ length: int(0, 2) }, () => mkWork(chance(0.8))),
      studiedInCanadaTwoYearsFullTime: chance(0.2),
    };
    if (chance(0.2)) delete p.spouse.accompanying;
  } else if (marital === 'single' && chance(0.05)) {
    p.spouse = { education: 'masters' };
  }
  if (chance(0.25)) p.certificateOfQualification = { noc: chance(0.7) ? pick(TRADE_NOCS) : pick(NOCS), province: 'ON' };
  if (chance(0.35)) {
    const noc = chance(0.4) ? pick(TRADE_NOCS) : pick(NOCS);
    p.jobOffer = { noc, valid: chance(0.8) };
    if (chance(0.7)) p.jobOffer.teer = Number(noc[1]);
  }
  p.authorizedToWorkInCanada = chance(0.4);
  p.provincialNomination = chance(0.1);
  p.siblingInCanada = chance(0.15);
  p.relativeInCanada = chance(0.15);
  // funds near the threshold of either table
  const fs = p.familySize ?? 1;
  const base = [15263, 19001, 23360, 28362, 32168, 36280, 40392, 44504, 48616][fs - 1];
  const base24 = [14690, 18288, 22483, 27297, 30690, 34917, 38875, 42833, 46791][fs - 1];
  p.fundsAvailable = pick([base, base - 1, base24, base24 - 1, base + int0(-2000, 2000), int0(0, 60000)]);
  if (chance(0.05)) delete p.familySize;
  if (chance(0.05)) delete p.fundsAvailable;
  return p;
}

// ---------------------------------------------------------------- comparison

function normalize(r: Json): Json {
  const g = (o: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Json)[k] : undefined), o);
  const out: Json = {};
  out['age'] = g(r, 'age');
  out['fol'] = g(r, 'language.firstOfficialLanguage');
  out['first'] = JSON.stringify(g(r, 'language.first.levels') ?? null);
  out['second'] = JSON.stringify(g(r, 'language.second.levels') ?? null);
  for (const prog of ['CEC', 'FSW', 'FST']) {
    out[`${prog}.eligible`] = g(r, `eligibility.${prog}.eligible`);
    out[`${prog}.reasons`] = JSON.stringify([...((g(r, `eligibility.${prog}.reasons`) as string[]) ?? [])].sort());
  }
  out['FSW.grid.total'] = g(r, 'eligibility.FSW.grid.total');
  out['crs.withSpouse'] = g(r, 'crs.withSpouse');
  for (const k of ['age', 'education', 'firstLanguage', 'secondLanguage', 'canadianWork', 'subtotal'])
    out[`core.${k}`] = g(r, `crs.core.${k}`);
  for (const k of ['education', 'language', 'canadianWork', 'subtotal']) out[`spouse.${k}`] = g(r, `crs.spouse.${k}`);
  for (const k of ['educationSubtotal', 'foreignWorkSubtotal', 'certificateSubtotal', 'subtotal'])
    out[`transfer.${k}`] = g(r, `crs.transferability.${k}`);
  for (const k of ['provincialNomination', 'sibling', 'french', 'canadianEducation', 'arrangedEmployment', 'subtotal'])
    out[`additional.${k}`] = g(r, `crs.additional.${k}`);
  out['total'] = g(r, 'crs.total');
  const h = g(r, 'work.cecQualifyingHours');
  out['cecQualifyingHours'] = typeof h === 'number' ? Math.round(h * 100) : h;
  out['canadianYearsCRS'] = g(r, 'work.canadianYearsCRS');
  out['foreignYearsCRS'] = g(r, 'work.foreignYearsCRS');
  return out;
}

function diff(a: Json, b: Json): string[] {
  return Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: engine=${String(a[k])} ref=${String(b[k])}`);
}

interface Example {
  id: string;
  input: RefProfile;
  expected: Json;
}

describe('reference implementation vs. worked examples', () => {
  const cases = (examples as unknown as { cases: Example[] }).cases;
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const ref = normalize(referenceAssess(c.input) as unknown as Json);
    const exp = normalize(c.expected);
    // the examples carry no cecQualifyingHours-independent differences; compare everything normalised
    expect(diff(exp, ref)).toEqual([]);
  });
});

describe('engine vs. reference on random valid profiles', () => {
  it('agrees on every normative field', () => {
    const rand = mulberry32(Number(process.env['DIFF_SEED'] ?? 20261125));
    const N = Number(process.env['DIFF_N'] ?? 3000);
    const mismatches: string[] = [];
    let invalid = 0;
    let compared = 0;
    const fieldCounts: Record<string, number> = {};
    const coverage: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const p = generate(rand);
      const out = assess(JSON.parse(JSON.stringify(p))) as { ok: boolean; result?: Json; errors?: unknown };
      if (!out.ok || !out.result) {
        invalid++;
        if (invalid <= 5) mismatches.push(`INVALID #${i}: ${JSON.stringify(out.errors)}\n${JSON.stringify(p)}`);
        continue;
      }
      compared++;
      const ref = referenceAssess(p);
      const cov: [string, boolean][] = [
        ['CEC', ref.eligibility.CEC.eligible],
        ['FSW', ref.eligibility.FSW.eligible],
        ['FST', ref.eligibility.FST.eligible],
        ['withSpouse', ref.crs.withSpouse],
        ['ae50', ref.crs.additional['arrangedEmployment'] === 50],
        ['ae200', ref.crs.additional['arrangedEmployment'] === 200],
        ['french', ref.crs.additional['french'] > 0],
        ['second', ref.language.second !== null],
        ['cert>0', ref.crs.transferability['certificateSubtotal'] > 0],
        ['foreign3', ref.work.foreignYearsCRS >= 3],
        ['cdn2', ref.work.canadianYearsCRS >= 2],
        ['cecLangReason', ref.eligibility.CEC.reasons.includes('CEC_LANGUAGE_BELOW_THRESHOLD')],
        ['fstNoCert', ref.eligibility.FST.reasons.includes('FST_NO_JOB_OFFER_OR_CERTIFICATE')],
        ['funds', ref.eligibility.FSW.reasons.includes('INSUFFICIENT_FUNDS')],
        ['contYear', ref.work.fswContinuousYear],
        ['spouseWork', ref.work.spouseCanadianYearsCRS > 0],
        ['noTest', ref.language.firstOfficialLanguage === null],
      ];
      for (const [k, v] of cov) if (v) coverage[k] = (coverage[k] ?? 0) + 1;
      const d = diff(normalize(out.result), normalize(ref as unknown as Json));
      if (d.length) {
        for (const x of d) {
          const f = x.split(':')[0];
          fieldCounts[f] = (fieldCounts[f] ?? 0) + 1;
        }
        if (mismatches.length < 10) mismatches.push(`#${i} ${d.join('; ')}\n${JSON.stringify(p)}`);
        else mismatches.push(`#${i}`);
      }
    }
    console.log(`compared=${compared} coverage=${JSON.stringify(coverage)}`);
    if (mismatches.length) {
      console.log(
        `compared=${compared} invalid=${invalid} mismatching=${mismatches.length}\nfields=${JSON.stringify(fieldCounts)}\n` +
          mismatches.slice(0, 12).join('\n\n'),
      );
    }
    expect({ compared, invalid, mismatches: mismatches.length }).toEqual({ compared: N, invalid: 0, mismatches: 0 });
  });
});
