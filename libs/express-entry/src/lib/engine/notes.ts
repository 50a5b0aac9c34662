/** Informational notes and the rules status of a result; all driven by rules-version data. */
import type { RulesStatus } from '../rules/rules-types';
import type { CompiledRules } from '../rules/compile-rules';
import { LANGUAGE_TESTS } from '../profile/profile-types';
import type { Facts } from './facts';

export function buildNotes(f: Facts): string[] {
  const notes: string[] = [];
  const { p, lang, rules } = f;
  for (let i = 0; i < p.tests.length; i++) {
    if (!lang.valid[i]) notes.push('LANGUAGE_TEST_EXPIRED:' + LANGUAGE_TESTS[p.tests[i].kind] + ':' + p.tests[i].iso);
  }
  const st = f.withSpouse && p.spouse !== null ? p.spouse.test : null;
  if (st !== null && !f.spouseTestValid) {
    notes.push('SPOUSE_LANGUAGE_TEST_EXPIRED:' + LANGUAGE_TESTS[st.kind] + ':' + st.iso);
  }
  const jobOfferNote = rules.version.jobOfferNote;
  if (jobOfferNote !== null && p.jobOffer !== null) notes.push(jobOfferNote);
  for (const c of rules.caveats) if (f.assessDay >= c.fromDay) notes.push(c.note);
  return notes;
}

/** The version's status, downgraded by any caveat in force on the day. */
export function rulesStatusOn(rules: CompiledRules, day: number): RulesStatus {
  let status = rules.version.status;
  for (const c of rules.caveats) if (day >= c.fromDay && c.status === 'provisional') status = 'provisional';
  return status;
}
