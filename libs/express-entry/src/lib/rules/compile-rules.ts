/**
 * Turns a readable rules version into flat lookup arrays once, so the hot path never searches a
 * table: a CLB level is one array read by score, a points value one array read by level or years.
 */
import { dayNumber, parseIsoDate } from '../dates/civil-date';
import { ABILITIES, EDUCATION_LEVELS } from '../profile/profile-types';
import type { Chart, PointsPair, RulesStatus, RulesVersion, StepRow } from './rules-types';
import { MAX_SCORE_INDEX } from './tables/test-scales';

/** Ages and years are clamped into these array sizes. */
export const MAX_AGE_INDEX = 130;
export const MAX_YEARS_INDEX = 63;
/** Work time is counted in units of 1/700 h: hoursPerWeek x 100 per day. */
export const UNITS_PER_HOUR = 700;

export interface CompiledCaveat {
  readonly fromDay: number;
  readonly note: string;
  readonly status: RulesStatus;
}

export interface CompiledChart {
  /** Per ability: CLB level by score index. */
  readonly levels: readonly Uint8Array[];
}

export interface CompiledRules {
  readonly version: RulesVersion;
  readonly fromDay: number;
  readonly caveats: readonly CompiledCaveat[];
  /** Indexed by test kind; TEF (index 3) holds its newest era, see `tefEras`. */
  readonly charts: readonly CompiledChart[];
  readonly tefEras: readonly { readonly fromDay: number; readonly chart: CompiledChart }[];
  readonly crsAge: readonly [Int16Array, Int16Array];
  readonly crsEducation: readonly [number[], number[]];
  readonly crsFirstLanguage: readonly [number[], number[]];
  readonly crsSecondLanguage: number[];
  readonly crsCanadianWork: readonly [number[], number[]];
  readonly spouseEducation: number[];
  readonly spouseLanguage: number[];
  readonly spouseCanadianWork: number[];
  readonly educationGroup: number[];
  readonly foreignGroup: number[];
  readonly fswLanguage: number[];
  readonly fswEducation: number[];
  readonly fswExperience: number[];
  readonly fswAge: Int16Array;
  readonly canadianEducationPoints: readonly [number, number, number];
  /** 1 at each NOC code (as an integer) of an FST-eligible trade. */
  readonly tradeNocs: Uint8Array;
  /** Units (1/700 h) in one counted year, and the per-day cap. */
  readonly unitsPerYear: number;
  readonly dailyCapUnits: number;
}

export function isoToDay(iso: string): number {
  const packed = parseIsoDate(iso);
  if (packed < 0) throw new Error(`rules data: bad date ${iso}`);
  return dayNumber(packed);
}

function stepLookup<T>(rows: readonly StepRow<T>[], size: number, pick: (p: T) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    let v = 0;
    for (const r of rows) if (i >= r.min) v = pick(r.points);
    out.push(v);
  }
  return out;
}

function pairLookup(rows: readonly StepRow<PointsPair>[], size: number): [number[], number[]] {
  return [stepLookup(rows, size, (p) => p[0]), stepLookup(rows, size, (p) => p[1])];
}

function ageLookup(rows: readonly (readonly number[])[], column: number): Int16Array {
  const out = new Int16Array(MAX_AGE_INDEX + 1);
  for (let age = 0; age <= MAX_AGE_INDEX; age++) {
    let v = rows[0][column];
    for (const r of rows) if (age >= r[0]) v = r[column];
    out[age] = v;
  }
  return out;
}

export function compileChart(rows: Chart, halfSteps: boolean): CompiledChart {
  const ascending = [...rows].sort((a, b) => a.level - b.level);
  const levels = ABILITIES.map((ability) => {
    const arr = new Uint8Array(MAX_SCORE_INDEX + 1);
    for (const r of ascending) {
      const from = Math.round(halfSteps ? r[ability] * 2 : r[ability]);
      arr.fill(r.level, Math.max(0, from));
    }
    return arr;
  });
  return { levels };
}

function byEducation<T>(table: Readonly<Record<string, T>>, pick: (v: T) => number): number[] {
  return EDUCATION_LEVELS.map((level) => pick(table[level]));
}

/** Every 5-digit NOC that starts with an included prefix and no excluded one. */
function tradeNocTable(included: readonly string[], excluded: readonly string[]): Uint8Array {
  const table = new Uint8Array(100000);
  const mark = (prefix: string, value: number) => {
    const width = 10 ** (5 - prefix.length);
    const from = Number(prefix) * width;
    table.fill(value, from, from + width);
  };
  for (const p of included) mark(p, 1);
  for (const p of excluded) mark(p, 0);
  return table;
}

type CrsLookups = Pick<
  CompiledRules,
  | 'crsAge'
  | 'crsEducation'
  | 'crsFirstLanguage'
  | 'crsSecondLanguage'
  | 'crsCanadianWork'
  | 'spouseEducation'
  | 'spouseLanguage'
  | 'spouseCanadianWork'
  | 'educationGroup'
  | 'foreignGroup'
  | 'canadianEducationPoints'
>;

function compileCrs(crs: RulesVersion['crs']): CrsLookups {
  const years = MAX_YEARS_INDEX + 1;
  const ce = crs.additional.canadianEducation;
  return {
    crsAge: [ageLookup(crs.age, 1), ageLookup(crs.age, 2)],
    crsEducation: [byEducation(crs.education, (p) => p[0]), byEducation(crs.education, (p) => p[1])],
    crsFirstLanguage: pairLookup(crs.firstLanguagePerAbility, 11),
    crsSecondLanguage: stepLookup(crs.secondLanguagePerAbility, 11, (p) => p),
    crsCanadianWork: pairLookup(crs.canadianWorkByYears, years),
    spouseEducation: byEducation(crs.spouse.education, (p) => p),
    spouseLanguage: stepLookup(crs.spouse.languagePerAbility, 11, (p) => p),
    spouseCanadianWork: stepLookup(crs.spouse.canadianWorkByYears, years, (p) => p),
    educationGroup: byEducation(crs.transferability.educationGroup, (p) => p),
    foreignGroup: stepLookup(crs.transferability.foreignGroupByYears, years, (p) => p),
    canadianEducationPoints: [ce.none, ce.one_or_two_year, ce.three_year_or_more],
  };
}

export function compileRules(v: RulesVersion): CompiledRules {
  const tefEras = v.language.TEF.map((era) => ({
    fromDay: isoToDay(era.testsFrom),
    chart: compileChart(era.rows, false),
  })).sort((a, b) => a.fromDay - b.fromDay);
  return {
    version: v,
    fromDay: isoToDay(v.effectiveFrom),
    caveats: v.caveats.map((c) => ({ fromDay: isoToDay(c.from), note: c.note, status: c.status })),
    charts: [
      compileChart(v.language.IELTS_GT, true),
      compileChart(v.language.CELPIP_G, false),
      compileChart(v.language.PTE_CORE, false),
      tefEras[tefEras.length - 1].chart,
      compileChart(v.language.TCF, false),
    ],
    tefEras,
    ...compileCrs(v.crs),
    fswLanguage: stepLookup(v.fsw.languagePerAbility, 11, (p) => p),
    fswEducation: byEducation(v.fsw.education, (p) => p),
    fswExperience: stepLookup(v.fsw.experienceByYears, MAX_YEARS_INDEX + 1, (p) => p),
    fswAge: ageLookup(v.fsw.age, 1),
    tradeNocs: tradeNocTable(v.programs.fst.tradeNocPrefixes, v.programs.fst.excludedNocPrefixes),
    unitsPerYear: v.programs.hoursPerYear * UNITS_PER_HOUR,
    dailyCapUnits: v.programs.weeklyHoursCap * 100,
  };
}
