/** FSW selection grid, 67 of 100 (rules.md §8.2, contract choice 8). */
import type { Facts } from '../engine/facts';
import { minLevel, pointsPerAbility } from '../language/clb';
import type { FswGrid } from '../result/result-types';
import { MAX_AGE_INDEX, MAX_YEARS_INDEX } from '../rules/compile-rules';

function languagePoints(f: Facts): number {
  const r = f.rules;
  const first = f.firstLevels === null ? 0 : pointsPerAbility(f.firstLevels, r.fswLanguage);
  const second =
    f.secondLevels !== null && minLevel(f.secondLevels) >= r.version.fsw.secondLanguageMinClb
      ? r.version.fsw.secondLanguagePoints
      : 0;
  return first + second;
}

export function hasQualifyingJobOffer(f: Facts): boolean {
  const offer = f.p.jobOffer;
  return offer !== null && offer.valid && offer.teer <= 3;
}

function adaptability(f: Facts, arranged: boolean): number {
  const a = f.rules.version.fsw.adaptability;
  const p = f.p;
  let sum = 0;
  if (f.withSpouse && p.spouse !== null) {
    if (f.spouseLevels !== null && f.spouseTestValid && minLevel(f.spouseLevels) >= 4) sum += a.spouseLanguage;
    if (p.spouse.studied) sum += a.spouseStudy;
    if (f.spouseCanadianYears >= 1) sum += a.spouseWork;
  }
  if (p.studied) sum += a.ownStudy;
  if (f.canadianYears >= 1) sum += a.ownWork;
  if (arranged) sum += a.arrangedEmployment;
  if (p.relative || p.sibling) sum += a.relative;
  return sum < a.cap ? sum : a.cap;
}

export function fswGrid(f: Facts): FswGrid {
  const r = f.rules;
  const arranged = hasQualifyingJobOffer(f);
  const language = languagePoints(f);
  const education = r.fswEducation[f.p.education];
  const experience = r.fswExperience[f.fswYears < MAX_YEARS_INDEX ? f.fswYears : MAX_YEARS_INDEX];
  const age = r.fswAge[f.age < MAX_AGE_INDEX ? f.age : MAX_AGE_INDEX];
  const arrangedEmployment = arranged ? r.version.fsw.arrangedEmployment : 0;
  const adapt = adaptability(f, arranged);
  return {
    language,
    education,
    experience,
    age,
    arrangedEmployment,
    adaptability: adapt,
    total: language + education + experience + age + arrangedEmployment + adapt,
  };
}
