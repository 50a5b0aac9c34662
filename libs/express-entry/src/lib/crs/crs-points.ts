/** The Comprehensive Ranking System (rules.md §1-§4): every factor, subtotal and cap. */
import type { Facts } from '../engine/facts';
import { minLevel, pointsPerAbility, type Levels } from '../language/clb';
import type { CrsAdditional, CrsCore, CrsResult, CrsSpouse } from '../result/result-types';
import { MAX_AGE_INDEX, MAX_YEARS_INDEX } from '../rules/compile-rules';
import { transferability } from './transferability';

function clampYears(years: number): number {
  return years < MAX_YEARS_INDEX ? years : MAX_YEARS_INDEX;
}

function core(f: Facts): CrsCore {
  const r = f.rules;
  const col = f.withSpouse ? 0 : 1;
  const age = r.crsAge[col][f.age < MAX_AGE_INDEX ? f.age : MAX_AGE_INDEX];
  const education = r.crsEducation[col][f.p.education];
  const firstLanguage = f.firstLevels === null ? 0 : pointsPerAbility(f.firstLevels, r.crsFirstLanguage[col]);
  const secondRaw = f.secondLevels === null ? 0 : pointsPerAbility(f.secondLevels, r.crsSecondLanguage);
  const secondCap = r.version.crs.secondLanguageCap[col];
  const secondLanguage = secondRaw < secondCap ? secondRaw : secondCap;
  const canadianWork = r.crsCanadianWork[col][clampYears(f.canadianYears)];
  const subtotal = age + education + firstLanguage + secondLanguage + canadianWork;
  return { age, education, firstLanguage, secondLanguage, canadianWork, subtotal };
}

function spouse(f: Facts): CrsSpouse {
  if (!f.withSpouse || f.p.spouse === null) return { education: 0, language: 0, canadianWork: 0, subtotal: 0 };
  const r = f.rules;
  const education = r.spouseEducation[f.p.spouse.education];
  const language =
    f.spouseLevels !== null && f.spouseTestValid ? pointsPerAbility(f.spouseLevels, r.spouseLanguage) : 0;
  const canadianWork = r.spouseCanadianWork[clampYears(f.spouseCanadianYears)];
  return { education, language, canadianWork, subtotal: education + language + canadianWork };
}

function allAtLeast(levels: Levels | null, min: number): boolean {
  return levels !== null && minLevel(levels) >= min;
}

/** French bonus (choice 11): the most recent valid French and English tests. */
function frenchBonus(f: Facts): number {
  const a = f.rules.version.crs.additional;
  const { french, english, levels } = f.lang;
  if (french < 0 || !allAtLeast(levels[french], a.frenchMinNclc)) return 0;
  return english >= 0 && allAtLeast(levels[english], a.englishMinClbForFrenchAndEnglish)
    ? a.frenchAndEnglish
    : a.frenchOnly;
}

function additional(f: Facts): CrsAdditional {
  const r = f.rules;
  const a = r.version.crs.additional;
  const provincialNomination = f.p.provincialNomination ? a.provincialNomination : 0;
  const sibling = f.p.sibling ? a.sibling : 0;
  const french = frenchBonus(f);
  const canadianEducation = r.canadianEducationPoints[f.p.canadianEducation];
  const offer = f.p.jobOffer;
  const arrangedEmployment = offer === null ? 0 : r.version.arrangedEmployment(offer);
  const sum = provincialNomination + sibling + french + canadianEducation + arrangedEmployment;
  const subtotal = sum < a.cap ? sum : a.cap;
  return { provincialNomination, sibling, french, canadianEducation, arrangedEmployment, subtotal };
}

export function crsPoints(f: Facts): CrsResult {
  const c = core(f);
  const s = spouse(f);
  const t = transferability(f);
  const a = additional(f);
  const sum = c.subtotal + s.subtotal + t.subtotal + a.subtotal;
  const cap = f.rules.version.crs.totalCap;
  return {
    withSpouse: f.withSpouse,
    core: c,
    spouse: s,
    transferability: t,
    additional: a,
    total: sum < cap ? sum : cap,
  };
}
