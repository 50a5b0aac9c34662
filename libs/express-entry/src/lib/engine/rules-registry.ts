/** Chooses the rules version in force on a day, from a set of versions compiled once. */
import { compileRules, type CompiledRules } from '../rules/compile-rules';
import type { RulesVersion } from '../rules/rules-types';

const compiledCache = new WeakMap<RulesVersion, CompiledRules>();

function compiled(v: RulesVersion): CompiledRules {
  let c = compiledCache.get(v);
  if (c === undefined) {
    c = compileRules(v);
    compiledCache.set(v, c);
  }
  return c;
}

export class RulesRegistry {
  /** Oldest first. */
  readonly rules: readonly CompiledRules[];
  readonly starts: readonly { fromDay: number; id: string }[];

  constructor(versions: readonly RulesVersion[]) {
    if (versions.length === 0) throw new Error('createEngine: at least one rules version is required');
    const ids = new Set(versions.map((v) => v.id));
    if (ids.size !== versions.length) throw new Error('createEngine: rules version ids must be unique');
    this.rules = versions.map(compiled).sort((a, b) => a.fromDay - b.fromDay);
    for (let i = 1; i < this.rules.length; i++) {
      if (this.rules[i].fromDay === this.rules[i - 1].fromDay) {
        throw new Error(`createEngine: two rules versions start on ${this.rules[i].version.effectiveFrom}`);
      }
    }
    this.starts = this.rules.map((r) => ({ fromDay: r.fromDay, id: r.version.id }));
  }

  /** The version in force on `day`, or null before the first one. */
  at(day: number): CompiledRules | null {
    const rules = this.rules;
    for (let i = rules.length - 1; i >= 0; i--) if (day >= rules[i].fromDay) return rules[i];
    return null;
  }

  get earliest(): CompiledRules {
    return this.rules[0];
  }
}
