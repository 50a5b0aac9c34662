/**
 * Independent, deliberately simple reference implementation of the Express Entry rules
 * (rules.md + assessment-contract.md), written from the specification only, for differential tests.
 * Day-by-day hour counting with JS Date (UTC), plain lookup tables, plain if/else. Not for production.
 */

export type Ability = 'listening' | 'reading' | 'writing' | 'speaking';
export const ABILITIES: Ability[] = ['listening', 'reading', 'writing', 'speaking'];
export type TestType = 'IELTS_GT' | 'CELPIP_G' | 'PTE_CORE' | 'TEF' | 'TCF';
export type Levels = Record<Ability, number>;

export interface RefTest {
  test: TestType;
  date: string;
  scores: Record<Ability, number>;
}
export interface RefWork {
  inCanada: boolean;
  noc: string;
  teer?: number;
  hoursPerWeek: number;
  startDate: string;
  endDate: string | null;
  selfEmployed?: boolean;
  fullTimeStudent?: boolean;
  authorized?: boolean;
  province?: string;
}
export interface RefSpouse {
  accompanying?: boolean;
  canadianCitizenOrPR?: boolean;
  education?: string;
  languageTest?: RefTest | null;
  work?: RefWork[];
  studiedInCanadaTwoYearsFullTime?: boolean;
}
export interface RefProfile {
  assessmentDate: string;
  dateOfBirth?: string;
  age?: number;
  maritalStatus: string;
  spouse?: RefSpouse | null;
  education: { level: string; canadian?: string; studiedInCanadaTwoYearsFullTime?: boolean };
  languageTests: RefTest[];
  firstOfficialLanguage?: 'english' | 'french';
  work: RefWork[];
  certificateOfQualification?: { noc: string; province?: string } | null;
  jobOffer?: { noc: string; teer?: number; valid: boolean } | null;
  authorizedToWorkInCanada?: boolean;
  provincialNomination?: boolean;
  siblingInCanada?: boolean;
  relativeInCanada?: boolean;
  intendedProvince?: string;
  fundsAvailable?: number;
  familySize?: number;
}

export interface RefResult {
  age: number;
  language: {
    firstOfficialLanguage: 'english' | 'french' | null;
    first: { test: TestType; levels: Levels } | null;
    second: { test: TestType; levels: Levels } | null;
  };
  work: {
    canadianYearsCRS: number;
    foreignYearsCRS: number;
    spouseCanadianYearsCRS: number;
    cecQualifyingHours: number;
    fswSkilledYears: number;
    fswContinuousYear: boolean;
  };
  eligibility: {
    CEC: { eligible: boolean; reasons: string[] };
    FSW: { eligible: boolean; reasons: string[]; grid: Record<string, number> };
    FST: { eligible: boolean; reasons: string[] };
  };
  crs: {
    withSpouse: boolean;
    core: Record<string, number>;
    spouse: Record<string, number>;
    transferability: Record<string, number>;
    additional: Record<string, number>;
    total: number;
  };
}

// ---------------------------------------------------------------- dates (UTC Date)

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function dayNum(iso: string): number {
  return Math.round(parse(iso).getTime() / 86400000);
}
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
/** Same calendar date N years later (N may be negative); 29 Feb -> 28 Feb in a common year. */
export function addYears(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const ny = y + n;
  const nd = m === 2 && d === 29 && !isLeap(ny) ? 28 : d;
  return `${String(ny).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

function ageOn(dob: string, on: string): number {
  const [by] = dob.split('-').map(Number);
  const [ay] = on.split('-').map(Number);
  let age = ay - by;
  if (addYears(dob, age) > on) age -= 1;
  return age;
}

// ---------------------------------------------------------------- language charts

type Row = [number, number, number, number]; // L, R, W, S minimum for level
type Chart = { level: number; min: Row }[];

const IELTS: Chart = [
  { level: 10, min: [8.5, 8.0, 7.5, 7.5] },
  { level: 9, min: [8.0, 7.0, 7.0, 7.0] },
  { level: 8, min: [7.5, 6.5, 6.5, 6.5] },
  { level: 7, min: [6.0, 6.0, 6.0, 6.0] },
  { level: 6, min: [5.5, 5.0, 5.5, 5.5] },
  { level: 5, min: [5.0, 4.0, 5.0, 5.0] },
  { level: 4, min: [4.5, 3.5, 4.0, 4.0] },
];
const PTE: Chart = [
  { level: 10, min: [89, 88, 90, 89] },
  { level: 9, min: [82, 78, 88, 84] },
  { level: 8, min: [71, 69, 79, 76] },
  { level: 7, min: [60, 60, 69, 68] },
  { level: 6, min: [50, 51, 60, 59] },
  { level: 5, min: [39, 42, 51, 51] },
  { level: 4, min: [28, 33, 41, 42] },
  { level: 3, min: [18, 24, 32, 34] },
];
const TEF_NEW: Chart = [
  { level: 10, min: [546, 546, 558, 556] },
  { level: 9, min: [503, 503, 512, 518] },
  { level: 8, min: [462, 462, 472, 494] },
  { level: 7, min: [434, 434, 428, 456] },
  { level: 6, min: [393, 393, 379, 422] },
  { level: 5, min: [352, 352, 330, 387] },
  { level: 4, min: [306, 306, 268, 328] },
];
const TEF_MID: Chart = [
  { level: 10, min: [566, 566, 566, 566] },
  { level: 9, min: [533, 533, 533, 533] },
  { level: 8, min: [500, 500, 500, 500] },
  { level: 7, min: [450, 450, 450, 450] },
  { level: 6, min: [400, 400, 400, 400] },
  { level: 5, min: [350, 350, 350, 350] },
  { level: 4, min: [300, 300, 300, 300] },
];
const TEF_OLD: Chart = [
  { level: 10, min: [316, 263, 393, 393] },
  { level: 9, min: [298, 248, 371, 371] },
  { level: 8, min: [280, 233, 349, 349] },
  { level: 7, min: [249, 207, 310, 310] },
  { level: 6, min: [217, 181, 271, 271] },
  { level: 5, min: [181, 151, 226, 226] },
  { level: 4, min: [145, 121, 181, 181] },
];
const TCF: Chart = [
  { level: 10, min: [549, 549, 16, 16] },
  { level: 9, min: [523, 524, 14, 14] },
  { level: 8, min: [503, 499, 12, 12] },
  { level: 7, min: [458, 453, 10, 10] },
  { level: 6, min: [398, 406, 7, 7] },
  { level: 5, min: [369, 375, 6, 6] },
  { level: 4, min: [331, 342, 4, 4] },
];

function chartFor(t: RefTest): Chart | null {
  if (t.test === 'IELTS_GT') return IELTS;
  if (t.test === 'PTE_CORE') return PTE;
  if (t.test === 'TCF') return TCF;
  if (t.test === 'TEF') {
    if (t.date >= '2023-12-11') return TEF_NEW;
    if (t.date >= '2019-10-01') return TEF_MID;
    return TEF_OLD;
  }
  return null;
}

export function levelsOf(t: RefTest): Levels {
  const out = { listening: 0, reading: 0, writing: 0, speaking: 0 };
  ABILITIES.forEach((ab, i) => {
    const score = t.scores[ab];
    if (t.test === 'CELPIP_G') {
      out[ab] = score >= 10 ? 10 : score >= 4 ? Math.floor(score) : 0;
      return;
    }
    const chart = chartFor(t) as Chart;
    let lvl = 0;
    for (const row of chart) {
      if (score >= row.min[i]) {
        lvl = row.level;
        break;
      }
    }
    out[ab] = lvl;
  });
  return out;
}

function isFrench(t: TestType): boolean {
  return t === 'TEF' || t === 'TCF';
}
function testValid(t: RefTest, on: string): boolean {
  return on < addYears(t.date, 2);
}
function minLevel(l: Levels): number {
  return Math.min(l.listening, l.reading, l.writing, l.speaking);
}

// ---------------------------------------------------------------- CRS tables

function ageCrs(age: number, withSpouse: boolean): number {
  const ws: Record<number, number> = {
    18: 90,
    19: 95,
    30: 95,
    31: 90,
    32: 85,
    33: 80,
    34: 75,
    35: 70,
    36: 65,
    37: 60,
    38: 55,
    39: 50,
    40: 45,
    41: 35,
    42: 25,
    43: 15,
    44: 5,
  };
  const ns: Record<number, number> = {
    18: 99,
    19: 105,
    30: 105,
    31: 99,
    32: 94,
    33: 88,
    34: 83,
    35: 77,
    36: 72,
    37: 66,
    38: 61,
    39: 55,
    40: 50,
    41: 39,
    42: 28,
    43: 17,
    44: 6,
  };
  if (age <= 17 || age >= 45) return 0;
  if (age >= 20 && age <= 29) return withSpouse ? 100 : 110;
  return withSpouse ? ws[age] : ns[age];
}
const EDU_CRS: Record<string, [number, number]> = {
  less_than_secondary: [0, 0],
  secondary: [28, 30],
  one_year: [84, 90],
  two_year: [91, 98],
  bachelors: [112, 120],
  two_or_more: [119, 128],
  masters: [126, 135],
  doctoral: [140, 150],
};
function firstLangPts(clb: number, ws: boolean): number {
  if (clb >= 10) return ws ? 32 : 34;
  if (clb === 9) return ws ? 29 : 31;
  if (clb === 8) return ws ? 22 : 23;
  if (clb === 7) return ws ? 16 : 17;
  if (clb === 6) return ws ? 8 : 9;
  if (clb >= 4) return 6;
  return 0;
}
function secondLangPts(clb: number): number {
  if (clb >= 9) return 6;
  if (clb >= 7) return 3;
  if (clb >= 5) return 1;
  return 0;
}
function cdnWorkPts(years: number, ws: boolean): number {
  const y = Math.min(5, years);
  const w = [0, 35, 46, 56, 63, 70];
  const n = [0, 40, 53, 64, 72, 80];
  return ws ? w[y] : n[y];
}
const SPOUSE_EDU: Record<string, number> = {
  less_than_secondary: 0,
  secondary: 2,
  one_year: 6,
  two_year: 7,
  bachelors: 8,
  two_or_more: 9,
  masters: 10,
  doctoral: 10,
};
function spouseLangPts(clb: number): number {
  if (clb >= 9) return 5;
  if (clb >= 7) return 3;
  if (clb >= 5) return 1;
  return 0;
}
function spouseWorkPts(years: number): number {
  return [0, 5, 7, 8, 9, 10][Math.min(5, years)];
}
const FSW_EDU: Record<string, number> = {
  less_than_secondary: 0,
  secondary: 5,
  one_year: 15,
  two_year: 19,
  bachelors: 21,
  two_or_more: 22,
  masters: 23,
  doctoral: 25,
};
function fswAge(age: number): number {
  if (age < 18) return 0;
  if (age <= 35) return 12;
  if (age >= 47) return 0;
  return 12 - (age - 35);
}
function fswLangPts(clb: number): number {
  if (clb >= 9) return 6;
  if (clb === 8) return 5;
  if (clb === 7) return 4;
  return 0;
}

function funds(familySize: number, on: string): number {
  const t2025 = [15263, 19001, 23360, 28362, 32168, 36280, 40392];
  const t2024 = [14690, 18288, 22483, 27297, 30690, 34917, 38875];
  const table = on >= '2025-07-07' ? t2025 : t2024;
  const extra = on >= '2025-07-07' ? 4112 : 3958;
  const n = Math.max(1, familySize);
  if (n <= 7) return table[n - 1];
  return table[6] + (n - 7) * extra;
}

// ---------------------------------------------------------------- hours (day by day)

function teerOf(w: { noc: string; teer?: number }): number {
  return w.teer ?? Number(w.noc[1]);
}

/** Counted hours in units of 1/700 h, day by day, per-day sum capped at 30 h/week. */
function countUnits(entries: RefWork[], from: string, to: string): number {
  const a = dayNum(from);
  const b = dayNum(to);
  let total = 0;
  const spans = entries.map((e) => ({
    s: dayNum(e.startDate),
    e: e.endDate === null ? b : dayNum(e.endDate),
    h: Math.round(e.hoursPerWeek * 100),
  }));
  for (let d = a; d <= b; d++) {
    let sum = 0;
    for (const sp of spans) if (d >= sp.s && d <= sp.e) sum += sp.h;
    total += Math.min(sum, 3000);
  }
  return total;
}
const YEAR_UNITS = 1560 * 700;

export function isTradeNoc(noc: string): boolean {
  if (noc.startsWith('726')) return false;
  return (
    noc.startsWith('72') ||
    noc.startsWith('73') ||
    noc.startsWith('82') ||
    noc.startsWith('83') ||
    noc.startsWith('92') ||
    noc.startsWith('6320') ||
    noc === '62200'
  );
}

// ---------------------------------------------------------------- assessment

export function referenceAssess(p: RefProfile): RefResult {
  const on = p.assessmentDate;
  const age = p.dateOfBirth ? ageOn(p.dateOfBirth, on) : (p.age as number);
  const married = p.maritalStatus === 'married' || p.maritalStatus === 'common_law';
  const spouse: RefSpouse | null = married ? (p.spouse ?? {}) : null;
  const withSpouse = !!spouse && spouse.accompanying !== false && spouse.canadianCitizenOrPR !== true;

  // --- language
  const valid = p.languageTests.map((t, i) => ({ t, i, levels: levelsOf(t) })).filter((x) => testValid(x.t, on));
  const fpts = (l: Levels) => ABILITIES.reduce((s, ab) => s + firstLangPts(l[ab], false), 0);
  const mostRecent = (fr: boolean) => {
    const c = valid.filter((x) => isFrench(x.t.test) === fr);
    c.sort((x, y) =>
      x.t.date !== y.t.date ? (x.t.date < y.t.date ? 1 : -1) : fpts(y.levels) - fpts(x.levels) || x.i - y.i,
    );
    return c[0] ?? null;
  };
  const en = mostRecent(false);
  const fr = mostRecent(true);
  let fol: 'english' | 'french' | null = null;
  if (p.firstOfficialLanguage === 'english' && en) fol = 'english';
  else if (p.firstOfficialLanguage === 'french' && fr) fol = 'french';
  else if (en && fr) fol = fpts(fr.levels) > fpts(en.levels) ? 'french' : 'english';
  else if (en) fol = 'english';
  else if (fr) fol = 'french';
  const first = fol === 'english' ? en : fol === 'french' ? fr : null;
  const second = fol === 'english' ? fr : fol === 'french' ? en : null;
  const firstLv: Levels = first ? first.levels : { listening: 0, reading: 0, writing: 0, speaking: 0 };
  const firstMin = first ? minLevel(first.levels) : 0;

  // --- work
  const w10 = addYears(on, -10);
  const w5 = addYears(on, -5);
  const w3 = addYears(on, -3);
  const cdnCounted = (w: RefWork) =>
    w.inCanada && teerOf(w) <= 3 && w.authorized !== false && !w.selfEmployed && !w.fullTimeStudent;
  const cdnEntries = p.work.filter(cdnCounted);
  const canadianYears = Math.floor(countUnits(cdnEntries, w10, on) / YEAR_UNITS);
  const foreignYears = Math.floor(
    countUnits(
      p.work.filter((w) => !w.inCanada && teerOf(w) <= 3),
      w10,
      on,
    ) / YEAR_UNITS,
  );
  const cecUnits = countUnits(cdnEntries, w3, on);
  const spouseCdnYears =
    withSpouse && spouse?.work ? Math.floor(countUnits(spouse.work.filter(cdnCounted), w10, on) / YEAR_UNITS) : 0;

  const fswEntries = p.work.filter((w) => teerOf(w) <= 3 && (!w.inCanada || w.authorized !== false));
  const fswYears = Math.floor(countUnits(fswEntries, w10, on) / YEAR_UNITS);
  let continuous = false;
  const nocs = [...new Set(fswEntries.map((w) => w.noc))];
  for (const noc of nocs) {
    const es = fswEntries
      .filter((w) => w.noc === noc)
      .sort((x, y) => (x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : 0));
    let chain: RefWork[] = [];
    let chainEnd = -Infinity;
    const flush = () => {
      if (chain.length && countUnits(chain, w10, on) >= YEAR_UNITS) continuous = true;
    };
    for (const e of es) {
      const s = dayNum(e.startDate);
      const end = e.endDate === null ? dayNum(on) : dayNum(e.endDate);
      if (chain.length && s <= chainEnd + 1) {
        chain.push(e);
        chainEnd = Math.max(chainEnd, end);
      } else {
        flush();
        chain = [e];
        chainEnd = end;
      }
    }
    flush();
  }

  const tradeEntries = p.work.filter((w) => isTradeNoc(w.noc) && (!w.inCanada || w.authorized !== false));
  const qualifyingTrades = [...new Set(tradeEntries.map((w) => w.noc))].filter(
    (noc) =>
      countUnits(
        tradeEntries.filter((w) => w.noc === noc),
        w5,
        on,
      ) >=
      3120 * 700,
  );

  // --- funds
  // rules.md §8.4: the spouse is a family member even if citizen/PR or not accompanying
  const familySize = p.familySize ?? (married ? 2 : 1);
  const required = funds(familySize, on);
  const jobValid = !!p.jobOffer && p.jobOffer.valid;
  const fundsExempt = !!p.authorizedToWorkInCanada && jobValid;
  const fundsOk = fundsExempt || (p.fundsAvailable ?? 0) >= required;
  const qc = p.intendedProvince === 'QC';

  // --- spouse language
  const spouseTest =
    withSpouse && spouse?.languageTest && testValid(spouse.languageTest, on) ? spouse.languageTest : null;
  const spouseLv = spouseTest ? levelsOf(spouseTest) : null;

  // --- CEC
  const cecReasons: string[] = [];
  const bestMin = valid.length ? Math.max(...valid.map((x) => minLevel(x.levels))) : 0;
  const cecLangEntries = cdnEntries.filter((w) => (teerOf(w) <= 1 ? bestMin >= 7 : bestMin >= 5));
  const cecLangUnits = countUnits(cecLangEntries, w3, on);
  if (cecUnits < YEAR_UNITS) cecReasons.push('CEC_INSUFFICIENT_CANADIAN_EXPERIENCE');
  if (!valid.length) cecReasons.push('NO_VALID_LANGUAGE_TEST');
  else if (cecUnits >= YEAR_UNITS && cecLangUnits < YEAR_UNITS) cecReasons.push('CEC_LANGUAGE_BELOW_THRESHOLD');
  if (qc) cecReasons.push('INTENDS_TO_LIVE_IN_QUEBEC');

  // --- FSW
  const jobTeer = p.jobOffer ? teerOf(p.jobOffer) : 9;
  const arranged = jobValid && jobTeer <= 3;
  const fswLang =
    ABILITIES.reduce((s, ab) => s + fswLangPts(firstLv[ab]), 0) + (second && minLevel(second.levels) >= 5 ? 4 : 0);
  let adapt = 0;
  if (withSpouse && spouseLv && minLevel(spouseLv) >= 4) adapt += 5;
  if (p.education.studiedInCanadaTwoYearsFullTime) adapt += 5;
  if (withSpouse && spouse?.studiedInCanadaTwoYearsFullTime) adapt += 5;
  if (canadianYears >= 1) adapt += 10;
  if (withSpouse && spouseCdnYears >= 1) adapt += 5;
  if (arranged) adapt += 5;
  if (p.relativeInCanada || p.siblingInCanada) adapt += 5;
  const fswExp = fswYears >= 6 ? 15 : fswYears >= 4 ? 13 : fswYears >= 2 ? 11 : fswYears >= 1 ? 9 : 0;
  const grid = {
    language: fswLang,
    education: FSW_EDU[p.education.level],
    experience: fswExp,
    age: fswAge(age),
    arrangedEmployment: arranged ? 10 : 0,
    adaptability: Math.min(10, adapt),
    total: 0,
  };
  grid.total =
    grid.language + grid.education + grid.experience + grid.age + grid.arrangedEmployment + grid.adaptability;
  const fswReasons: string[] = [];
  if (!valid.length) fswReasons.push('NO_VALID_LANGUAGE_TEST');
  else if (firstMin < 7) fswReasons.push('FSW_LANGUAGE_BELOW_CLB7');
  if (!continuous) fswReasons.push('FSW_INSUFFICIENT_SKILLED_EXPERIENCE');
  if (p.education.level === 'less_than_secondary') fswReasons.push('FSW_NO_EDUCATION_CREDENTIAL');
  if (grid.total < 67) fswReasons.push('FSW_GRID_BELOW_67');
  if (!fundsOk) fswReasons.push('INSUFFICIENT_FUNDS');
  if (qc) fswReasons.push('INTENDS_TO_LIVE_IN_QUEBEC');

  // --- FST
  const fstReasons: string[] = [];
  if (!valid.length) fstReasons.push('NO_VALID_LANGUAGE_TEST');
  else if (
    !valid.some(
      (x) => x.levels.speaking >= 5 && x.levels.listening >= 5 && x.levels.reading >= 4 && x.levels.writing >= 4,
    )
  )
    fstReasons.push('FST_LANGUAGE_BELOW_THRESHOLD');
  if (!qualifyingTrades.length) fstReasons.push('FST_INSUFFICIENT_TRADE_EXPERIENCE');
  else {
    const certOk = !!p.certificateOfQualification && qualifyingTrades.includes(p.certificateOfQualification.noc);
    const offerOk = jobValid && !!p.jobOffer && qualifyingTrades.includes(p.jobOffer.noc);
    if (!certOk && !offerOk) fstReasons.push('FST_NO_JOB_OFFER_OR_CERTIFICATE');
  }
  if (!fundsOk) fstReasons.push('INSUFFICIENT_FUNDS');
  if (qc) fstReasons.push('INTENDS_TO_LIVE_IN_QUEBEC');

  // --- CRS core
  const ws = withSpouse;
  const core = {
    age: ageCrs(age, ws),
    education: EDU_CRS[p.education.level][ws ? 0 : 1],
    firstLanguage: ABILITIES.reduce((s, ab) => s + firstLangPts(firstLv[ab], ws), 0),
    secondLanguage: second
      ? Math.min(
          ws ? 22 : 24,
          ABILITIES.reduce((s, ab) => s + secondLangPts(second.levels[ab]), 0),
        )
      : 0,
    canadianWork: cdnWorkPts(canadianYears, ws),
    subtotal: 0,
  };
  core.subtotal = core.age + core.education + core.firstLanguage + core.secondLanguage + core.canadianWork;

  const sp = { education: 0, language: 0, canadianWork: 0, subtotal: 0 };
  if (ws && spouse) {
    sp.education = spouse.education ? SPOUSE_EDU[spouse.education] : 0;
    sp.language = spouseLv ? ABILITIES.reduce((s, ab) => s + spouseLangPts(spouseLv[ab]), 0) : 0;
    sp.canadianWork = spouseWorkPts(spouseCdnYears);
    sp.subtotal = sp.education + sp.language + sp.canadianWork;
  }

  // --- transferability
  const clb9 = first !== null && firstMin >= 9;
  const clb7 = first !== null && firstMin >= 7 && !clb9;
  const lvl = p.education.level;
  const eduGroup = ['two_or_more', 'masters', 'doctoral'].includes(lvl)
    ? 2
    : ['one_year', 'two_year', 'bachelors'].includes(lvl)
      ? 1
      : 0;
  const t = {
    educationLanguage: 0,
    educationCanadianWork: 0,
    foreignWorkLanguage: 0,
    foreignWorkCanadianWork: 0,
    certificateLanguage: 0,
    educationSubtotal: 0,
    foreignWorkSubtotal: 0,
    certificateSubtotal: 0,
    subtotal: 0,
  };
  if (eduGroup === 1) {
    t.educationLanguage = clb9 ? 25 : clb7 ? 13 : 0;
    t.educationCanadianWork = canadianYears >= 2 ? 25 : canadianYears === 1 ? 13 : 0;
  } else if (eduGroup === 2) {
    t.educationLanguage = clb9 ? 50 : clb7 ? 25 : 0;
    t.educationCanadianWork = canadianYears >= 2 ? 50 : canadianYears === 1 ? 25 : 0;
  }
  t.educationSubtotal = Math.min(50, t.educationLanguage + t.educationCanadianWork);
  if (foreignYears >= 3) {
    t.foreignWorkLanguage = clb9 ? 50 : clb7 ? 25 : 0;
    t.foreignWorkCanadianWork = canadianYears >= 2 ? 50 : canadianYears === 1 ? 25 : 0;
  } else if (foreignYears >= 1) {
    t.foreignWorkLanguage = clb9 ? 25 : clb7 ? 13 : 0;
    t.foreignWorkCanadianWork = canadianYears >= 2 ? 25 : canadianYears === 1 ? 13 : 0;
  }
  t.foreignWorkSubtotal = Math.min(50, t.foreignWorkLanguage + t.foreignWorkCanadianWork);
  if (p.certificateOfQualification && first) {
    t.certificateLanguage = firstMin >= 7 ? 50 : firstMin >= 5 ? 25 : 0;
  }
  t.certificateSubtotal = Math.min(50, t.certificateLanguage);
  t.subtotal = Math.min(100, t.educationSubtotal + t.foreignWorkSubtotal + t.certificateSubtotal);

  // --- additional
  let french = 0;
  if (fr && minLevel(fr.levels) >= 7) french = en && minLevel(en.levels) >= 5 ? 50 : 25;
  let ae = 0;
  if (on < '2025-03-25' && arranged && p.jobOffer) ae = p.jobOffer.noc.startsWith('00') ? 200 : 50;
  const add = {
    provincialNomination: p.provincialNomination ? 600 : 0,
    sibling: p.siblingInCanada ? 15 : 0,
    french,
    canadianEducation:
      p.education.canadian === 'three_year_or_more' ? 30 : p.education.canadian === 'one_or_two_year' ? 15 : 0,
    arrangedEmployment: ae,
    subtotal: 0,
  };
  add.subtotal = Math.min(
    600,
    add.provincialNomination + add.sibling + add.french + add.canadianEducation + add.arrangedEmployment,
  );

  return {
    age,
    language: {
      firstOfficialLanguage: fol,
      first: first ? { test: first.t.test, levels: first.levels } : null,
      second: second ? { test: second.t.test, levels: second.levels } : null,
    },
    work: {
      canadianYearsCRS: canadianYears,
      foreignYearsCRS: foreignYears,
      spouseCanadianYearsCRS: spouseCdnYears,
      cecQualifyingHours: Math.round((cecUnits / 700) * 100) / 100,
      fswSkilledYears: fswYears,
      fswContinuousYear: continuous,
    },
    eligibility: {
      CEC: { eligible: cecReasons.length === 0, reasons: cecReasons },
      FSW: { eligible: fswReasons.length === 0, reasons: fswReasons, grid },
      FST: { eligible: fstReasons.length === 0, reasons: fstReasons },
    },
    crs: {
      withSpouse: ws,
      core,
      spouse: sp,
      transferability: t,
      additional: add,
      total: core.subtotal + sp.subtotal + t.subtotal + add.subtotal,
    },
  };
}
