/** Properties over generated valid profiles (fast-check). */
import fc from 'fast-check';
import { assess, toClb, type Ability, type AssessmentResult, type LanguageTestType } from '../index';
import { profileArb } from '../test-support/arbitraries';
import { celpip, profile, run, type Json } from '../test-support/profiles';

const RUNS = { numRuns: 400 };

function ok(input: unknown): AssessmentResult {
  const outcome = assess(input);
  if (!outcome.ok) throw new Error('rejected: ' + JSON.stringify(outcome.errors));
  return outcome.result;
}

const ABILITIES: Ability[] = ['listening', 'reading', 'writing', 'speaking'];
const STEP: Record<string, number> = { IELTS_GT: 0.5 };

/** The lowest score above `score` (on the same test and date) that reaches a higher level, or null. */
function nextLevelMinimum(test: Json, ability: Ability): number | null {
  const kind = test['test'] as LanguageTestType;
  const date = test['date'] as string;
  const score = (test['scores'] as Json)[ability] as number;
  const step = STEP[kind] ?? 1;
  const level = toClb(kind, ability, score, date);
  for (let s = score + step; !Number.isNaN(toClb(kind, ability, s, date)); s += step) {
    if (toClb(kind, ability, s, date) > level) return s;
  }
  return null;
}

describe('properties of every assessment', () => {
  it('the engine accepts every generated valid profile and never throws', () => {
    fc.assert(
      fc.property(profileArb(), (p) => assess(p, { whatIf: true, upcomingChanges: true }).ok === true),
      { numRuns: 200 },
    );
  });

  it('any input at all gives errors or a result, never an exception', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => typeof assess(x).ok === 'boolean'),
      RUNS,
    );
  });

  it('each subtotal is the sum of its capped parts, and the total the sum of the subtotals', () => {
    fc.assert(
      fc.property(profileArb(), (p) => {
        const { core, spouse, transferability: t, additional: a, total } = ok(p).crs;
        expect(core.subtotal).toBe(
          core.age + core.education + core.firstLanguage + core.secondLanguage + core.canadianWork,
        );
        expect(spouse.subtotal).toBe(spouse.education + spouse.language + spouse.canadianWork);
        expect(t.educationSubtotal).toBe(Math.min(50, t.educationLanguage + t.educationCanadianWork));
        expect(t.foreignWorkSubtotal).toBe(Math.min(50, t.foreignWorkLanguage + t.foreignWorkCanadianWork));
        expect(t.certificateSubtotal).toBe(Math.min(50, t.certificateLanguage));
        expect(t.subtotal).toBe(Math.min(100, t.educationSubtotal + t.foreignWorkSubtotal + t.certificateSubtotal));
        const parts = a.provincialNomination + a.sibling + a.french + a.canadianEducation + a.arrangedEmployment;
        expect(a.subtotal).toBe(Math.min(600, parts));
        expect(total).toBe(core.subtotal + spouse.subtotal + t.subtotal + a.subtotal);
      }),
      RUNS,
    );
  });

  it('no subtotal exceeds its cap and the total never exceeds 1,200', () => {
    fc.assert(
      fc.property(profileArb(), (p) => {
        const { withSpouse, core, spouse, transferability: t, additional: a, total } = ok(p).crs;
        expect(core.secondLanguage).toBeLessThanOrEqual(withSpouse ? 22 : 24);
        expect(core.subtotal).toBeLessThanOrEqual(withSpouse ? 460 : 500);
        expect(spouse.subtotal).toBeLessThanOrEqual(withSpouse ? 40 : 0);
        expect(core.subtotal + spouse.subtotal).toBeLessThanOrEqual(500);
        expect(Math.max(t.educationSubtotal, t.foreignWorkSubtotal, t.certificateSubtotal)).toBeLessThanOrEqual(50);
        expect(t.subtotal).toBeLessThanOrEqual(100);
        expect(a.subtotal).toBeLessThanOrEqual(600);
        expect(total).toBeLessThanOrEqual(1200);
      }),
      RUNS,
    );
  });

  it('raising one score to the next CLB level never lowers the CRS when the first language is fixed', () => {
    const arb = profileArb().chain((p) => {
      const tests = p['languageTests'] as Json[];
      return fc.record({
        p: fc.constant({ ...p, firstOfficialLanguage: 'english', languageTests: [...tests] }),
        i: fc.nat({ max: Math.max(0, tests.length - 1) }),
        ability: fc.constantFrom(...ABILITIES),
      });
    });
    fc.assert(
      fc.property(arb, ({ p, i, ability }) => {
        const tests = p['languageTests'] as Json[];
        if (tests.length === 0) return;
        const raised = nextLevelMinimum(tests[i], ability);
        if (raised === null) return;
        const better = { ...tests[i], scores: { ...(tests[i]['scores'] as Json), [ability]: raised } };
        const after = { ...p, languageTests: tests.map((t, k) => (k === i ? better : t)) };
        expect(ok(after).crs.total).toBeGreaterThanOrEqual(ok(p).crs.total);
      }),
      RUNS,
    );
  });
});

describe('a consequence of contract choice 3 (first language by points, tie to English)', () => {
  it('a better English result can lower the CRS when it makes English first with a lower minimum level', () => {
    const french = {
      test: 'TEF',
      date: '2026-03-01',
      scores: { listening: 503, reading: 503, writing: 472, speaking: 494 },
    };
    const before = run(profile({ languageTests: [celpip(10, 10, 9, 4), french] }));
    const after = run(profile({ languageTests: [celpip(10, 10, 10, 4), french] }));
    expect([before.language.firstOfficialLanguage, after.language.firstOfficialLanguage]).toEqual([
      'french',
      'english',
    ]);
    expect(after.crs.total).toBeLessThan(before.crs.total);
  });
});
