/**
 * One assessment of a validated profile under one compiled rules version: the pure core that
 * `assess`, what-if and upcoming changes all run. No validation here, and few intermediate objects.
 */
import { addYears, completedYears, dayNumber } from '../dates/civil-date';
import { isTestValidOn, testLevels, type Levels } from '../language/clb';
import { languageState, type LanguageState } from '../language/language-state';
import type { NormProfile } from '../profile/normalized-profile';
import { LANGUAGE_TESTS, OFFICIAL_LANGUAGES } from '../profile/profile-types';
import { crsPoints } from '../crs/crs-points';
import { fswGrid } from '../programs/fsw-grid';
import { fundsExempt, requiredFunds } from '../programs/funds';
import { cec, fsw, fst } from '../programs/programs';
import type { AssessmentResult, LanguageResult, WorkResult } from '../result/result-types';
import type { CompiledRules } from '../rules/compile-rules';
import { hoursOf, workMeasures, yearsOf, type Windows } from '../work/work-measures';
import type { Facts } from './facts';
import { buildNotes, rulesStatusOn } from './notes';
import { ENGINE_VERSION } from './engine-version';

function ageOn(p: NormProfile, packedDay: number): number {
  return p.birth < 0 ? p.givenAge : completedYears(p.birth, packedDay);
}

function spouseApplies(p: NormProfile): boolean {
  return p.married && p.spouse !== null && p.spouse.accompanying && !p.spouse.citizenOrPR;
}

/** Batches mostly share one assessment date: remember the last windows computed. */
let lastWindows: Windows | null = null;
let lastWindowsRules: CompiledRules | null = null;

function windowsFor(rules: CompiledRules, day: number, packed: number): Windows {
  if (lastWindows !== null && lastWindows.assessDay === day && lastWindowsRules === rules) return lastWindows;
  const progs = rules.version.programs;
  lastWindowsRules = rules;
  lastWindows = {
    assessDay: day,
    crsFrom: dayNumber(addYears(packed, -progs.crsWorkWindowYears)),
    cecFrom: dayNumber(addYears(packed, -progs.cec.windowYears)),
    fswFrom: dayNumber(addYears(packed, -progs.fsw.windowYears)),
    fstFrom: dayNumber(addYears(packed, -progs.fst.windowYears)),
  };
  return lastWindows;
}

export function deriveFacts(p: NormProfile, rules: CompiledRules): Facts {
  const day = p.assessDay;
  const packed = p.assessPacked;
  const lang = languageState(p, rules, day);
  const withSpouse = spouseApplies(p);
  const spouseTest = withSpouse && p.spouse !== null ? p.spouse.test : null;
  const spouseWork = withSpouse && p.spouse !== null ? p.spouse.work : null;
  const work = workMeasures(p.work, spouseWork, windowsFor(rules, day, packed), rules, lang.bestMinClb);
  return {
    p,
    rules,
    assessDay: day,
    age: ageOn(p, packed),
    withSpouse,
    lang,
    firstLevels: lang.first < 0 ? null : lang.levels[lang.first],
    secondLevels: lang.second < 0 ? null : lang.levels[lang.second],
    spouseLevels: spouseTest === null ? null : testLevels(rules, spouseTest),
    spouseTestValid: spouseTest !== null && isTestValidOn(rules, spouseTest, day),
    work,
    canadianYears: yearsOf(work.canadianUnits, rules),
    foreignYears: yearsOf(work.foreignUnits, rules),
    spouseCanadianYears: yearsOf(work.spouseCanadianUnits, rules),
    fswYears: yearsOf(work.fswUnits, rules),
  };
}

function usedTest(p: NormProfile, lang: LanguageState, i: number): LanguageResult['first'] {
  return i < 0 ? null : { test: LANGUAGE_TESTS[p.tests[i].kind], levels: lang.levels[i] };
}

function languageResult(f: Facts): LanguageResult {
  const { p, lang } = f;
  const tests: LanguageResult['tests'] = [];
  for (let i = 0; i < p.tests.length; i++) {
    const t = p.tests[i];
    tests.push({ test: LANGUAGE_TESTS[t.kind], date: t.iso, valid: lang.valid[i], levels: lang.levels[i] });
  }
  const st = f.withSpouse && p.spouse !== null ? p.spouse.test : null;
  return {
    firstOfficialLanguage: lang.firstLanguage < 0 ? null : OFFICIAL_LANGUAGES[lang.firstLanguage],
    first: usedTest(p, lang, lang.first),
    second: usedTest(p, lang, lang.second),
    tests,
    spouse:
      st === null
        ? null
        : { test: LANGUAGE_TESTS[st.kind], valid: f.spouseTestValid, levels: f.spouseLevels as Levels },
  };
}

function workResult(f: Facts): WorkResult {
  const w = f.work;
  return {
    canadianYearsCRS: f.canadianYears,
    foreignYearsCRS: f.foreignYears,
    spouseCanadianYearsCRS: f.spouseCanadianYears,
    cecQualifyingHours: hoursOf(w.cecUnits),
    cecQualifyingHoursLanguageAdjusted: hoursOf(w.cecAdjustedUnits),
    fswSkilledYears: f.fswYears,
    fswContinuousYear: w.fswContinuousYear,
    fstQualifyingTrades: w.fstTrades,
  };
}

export function computeResult(p: NormProfile, rules: CompiledRules): AssessmentResult {
  const f = deriveFacts(p, rules);
  const funds = { required: requiredFunds(rules.version.funds, p.familySize), exempt: fundsExempt(p) };
  const CEC = cec(f);
  const FSW = fsw(f, fswGrid(f), funds);
  const FST = fst(f, funds);
  return {
    age: f.age,
    language: languageResult(f),
    work: workResult(f),
    funds,
    eligibility: { CEC, FSW, FST },
    eligibleForExpressEntry: CEC.eligible || FSW.eligible || FST.eligible,
    crs: crsPoints(f),
    notes: buildNotes(f),
    rulesVersion: rules.version.id,
    rulesStatus: rulesStatusOn(rules, p.assessDay),
    engineVersion: ENGINE_VERSION,
    explanations: [],
    whatIf: [],
    upcomingChanges: [],
  };
}
