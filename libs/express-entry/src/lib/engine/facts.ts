/**
 * Everything the point and eligibility rules need, derived once per assessment from the
 * normalized profile: age, language levels in force, work measures, the spouse's situation.
 */
import type { Levels } from '../language/clb';
import type { LanguageState } from '../language/language-state';
import type { NormProfile } from '../profile/normalized-profile';
import type { CompiledRules } from '../rules/compile-rules';
import type { WorkMeasures } from '../work/work-measures';

export interface Facts {
  p: NormProfile;
  rules: CompiledRules;
  assessDay: number;
  age: number;
  /** Married/common-law with an accompanying spouse who is not a citizen/PR (choice 10). */
  withSpouse: boolean;
  lang: LanguageState;
  /** Levels of the first/second official language tests, or null. */
  firstLevels: Levels | null;
  secondLevels: Levels | null;
  /** Spouse's test levels when spouse factors apply and the spouse has a test. */
  spouseLevels: Levels | null;
  spouseTestValid: boolean;
  work: WorkMeasures;
  canadianYears: number;
  foreignYears: number;
  spouseCanadianYears: number;
  fswYears: number;
}
