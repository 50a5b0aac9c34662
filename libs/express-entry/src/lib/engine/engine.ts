/**
 * The public engine: validation, rules-version choice by assessment date, the assessment itself,
 * and (on request only, to keep plain assessment fast) what-if levers and upcoming changes.
 */
import { dayNumber, isoFromDayNumber, parseIsoDate } from '../dates/civil-date';
import { chartFor, levelOf } from '../language/clb';
import { catalogue, type Locale } from '../messages/catalogue';
import type { NormProfile } from '../profile/normalized-profile';
import type { ProfileError } from '../profile/profile-errors';
import { ABILITIES, LANGUAGE_TESTS, type Ability, type LanguageTestType } from '../profile/profile-types';
import { normalizeProfile } from '../profile/validate-profile';
import type { AssessmentResult, Explanation } from '../result/result-types';
import { REASON_CODES, type ReasonCode } from '../result/reason-codes';
import type { RulesVersion } from '../rules/rules-types';
import { defaultRulesVersions } from '../rules/registry';
import { scaleOf } from '../rules/tables/test-scales';
import { upcomingChanges } from '../what-if/upcoming-changes';
import { whatIf } from '../what-if/what-if';
import { computeResult, deriveFacts } from './compute';
import { RulesRegistry } from './rules-registry';

export interface AssessOptions {
  /** Compute `whatIf` (re-runs the engine once per lever). Default false. */
  whatIf?: boolean;
  /** Compute `upcomingChanges` (re-runs the engine around each candidate date). Default false. */
  upcomingChanges?: boolean;
  /** Language of `explanations`. Default 'en'. */
  locale?: Locale;
}

export type AssessOutcome = { ok: true; result: AssessmentResult } | { ok: false; errors: ProfileError[] };

export interface EngineOptions {
  /** Rules versions the engine chooses from by assessment date. Default: `defaultRulesVersions`. */
  versions?: readonly RulesVersion[];
}

export interface Engine {
  readonly versions: readonly RulesVersion[];
  assess(input: unknown, options?: AssessOptions): AssessOutcome;
  validateProfile(input: unknown): ProfileError[];
  /** The version in force on an ISO date, or null (bad date, or before the first version). */
  rulesFor(assessmentDate: string): RulesVersion | null;
  /** CLB/NCLC level of one score (0 below the chart, NaN when the score or date is invalid). */
  toClb(test: LanguageTestType, ability: Ability, score: number, testDate: string): number;
}

interface ExplanationEntry {
  readonly bit: number;
  readonly explanation: Explanation;
}

/** One frozen explanation object per code and locale, shared by all results (no allocation). */
const explanationCache = new Map<Locale, ReadonlyMap<ReasonCode, ExplanationEntry>>();

function explanationsFor(locale: Locale): ReadonlyMap<ReasonCode, ExplanationEntry> {
  let table = explanationCache.get(locale);
  if (table === undefined) {
    const messages = catalogue(locale).reasons;
    table = new Map(
      REASON_CODES.map((code, i) => [
        code,
        { bit: 1 << i, explanation: Object.freeze({ code, message: messages[code] }) },
      ]),
    );
    explanationCache.set(locale, table);
  }
  return table;
}

/** One explanation per distinct reason code, in program order (CEC, FSW, FST). */
function explanations(result: AssessmentResult, locale: Locale = 'en'): Explanation[] {
  const e = result.eligibility;
  const out: Explanation[] = [];
  if (e.CEC.reasons.length + e.FSW.reasons.length + e.FST.reasons.length === 0) return out;
  const table = explanationsFor(locale);
  let seen = addExplanations(out, e.CEC.reasons, table, 0);
  seen = addExplanations(out, e.FSW.reasons, table, seen);
  addExplanations(out, e.FST.reasons, table, seen);
  return out;
}

function addExplanations(
  out: Explanation[],
  codes: readonly ReasonCode[],
  table: ReadonlyMap<ReasonCode, ExplanationEntry>,
  seen: number,
): number {
  for (let i = 0; i < codes.length; i++) {
    const entry = table.get(codes[i]);
    if (entry === undefined || (seen & entry.bit) !== 0) continue;
    seen |= entry.bit;
    out.push(entry.explanation);
  }
  return seen;
}

/** Last line of defence: a defect must surface as a coded error, never as an exception. */
function internalErrors(e: unknown): ProfileError[] {
  const message = e instanceof Error ? e.message : String(e);
  return [{ path: '', code: 'INTERNAL_ERROR', message: `engine defect: ${message}` }];
}

class ExpressEntryEngine implements Engine {
  private readonly registry: RulesRegistry;
  private readonly run = (p: NormProfile): AssessmentResult | null => {
    const rules = this.registry.at(p.assessDay);
    return rules === null ? null : computeResult(p, rules);
  };

  constructor(readonly versions: readonly RulesVersion[]) {
    this.registry = new RulesRegistry(versions);
  }

  private normalize(input: unknown): { profile: NormProfile | null; errors: ProfileError[] } {
    const outcome = normalizeProfile(input);
    const p = outcome.profile;
    if (p !== null && this.registry.at(p.assessDay) === null) {
      const first = this.registry.earliest.version.effectiveFrom;
      const message = `assessmentDate ${isoFromDayNumber(p.assessDay)} is before the first rules version (${first})`;
      return { profile: null, errors: [{ path: 'assessmentDate', code: 'RULES_NOT_AVAILABLE_FOR_DATE', message }] };
    }
    return outcome;
  }

  validateProfile(input: unknown): ProfileError[] {
    try {
      return this.normalize(input).errors;
    } catch (e) {
      return internalErrors(e);
    }
  }

  assess(input: unknown, options?: AssessOptions): AssessOutcome {
    try {
      const { profile, errors } = this.normalize(input);
      if (profile === null) return { ok: false, errors };
      const rules = this.registry.at(profile.assessDay);
      if (rules === null) return { ok: false, errors };
      const result = computeResult(profile, rules);
      result.explanations = explanations(result, options?.locale);
      if (options !== undefined && (options.whatIf === true || options.upcomingChanges === true)) {
        const facts = deriveFacts(profile, rules);
        if (options.whatIf === true) result.whatIf = whatIf(facts, result, this.run);
        if (options.upcomingChanges === true) {
          result.upcomingChanges = upcomingChanges(facts, this.run, this.registry.starts);
        }
      }
      return { ok: true, result };
    } catch (e) {
      return { ok: false, errors: internalErrors(e) };
    }
  }

  rulesFor(assessmentDate: string): RulesVersion | null {
    const packed = parseIsoDate(assessmentDate);
    if (packed < 0) return null;
    const r = this.registry.at(dayNumber(packed));
    return r === null ? null : r.version;
  }

  toClb(test: LanguageTestType, ability: Ability, score: number, testDate: string): number {
    const kind = LANGUAGE_TESTS.indexOf(test);
    const a = ABILITIES.indexOf(ability);
    const packed = parseIsoDate(testDate);
    if (kind < 0 || a < 0 || packed < 0 || typeof score !== 'number') return NaN;
    const scale = scaleOf(kind, packed);
    if (!(score >= scale.min[a] && score <= scale.max[a]) || !Number.isInteger(score / scale.step)) return NaN;
    const day = dayNumber(packed);
    const rules = this.registry.at(day) ?? this.registry.earliest;
    return levelOf(chartFor(rules, kind, day), kind, a, score);
  }
}

export function createEngine(options: EngineOptions = {}): Engine {
  return new ExpressEntryEngine(options.versions ?? defaultRulesVersions);
}
