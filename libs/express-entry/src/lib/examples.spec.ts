/**
 * The contract's worked examples: every normative (**) field of every case is reproduced exactly.
 * Source: src/test-data/examples.json (copy of the shared domain examples).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess, type AssessmentResult } from '../index';

interface Case {
  id: string;
  description: string;
  input: unknown;
  expected: AssessmentResult;
}

const cases: Case[] = JSON.parse(readFileSync(join(__dirname, '../test-data/examples.json'), 'utf8')).cases;

function normative(r: AssessmentResult) {
  const e = r.eligibility;
  return {
    age: r.age,
    firstOfficialLanguage: r.language.firstOfficialLanguage,
    firstLevels: r.language.first === null ? null : r.language.first.levels,
    secondLevels: r.language.second === null ? null : r.language.second.levels,
    CEC: { eligible: e.CEC.eligible, reasons: [...e.CEC.reasons].sort() },
    FSW: { eligible: e.FSW.eligible, reasons: [...e.FSW.reasons].sort(), gridTotal: e.FSW.grid.total },
    FST: { eligible: e.FST.eligible, reasons: [...e.FST.reasons].sort() },
    withSpouse: r.crs.withSpouse,
    core: r.crs.core,
    spouse: r.crs.spouse,
    transferability: {
      educationSubtotal: r.crs.transferability.educationSubtotal,
      foreignWorkSubtotal: r.crs.transferability.foreignWorkSubtotal,
      certificateSubtotal: r.crs.transferability.certificateSubtotal,
      subtotal: r.crs.transferability.subtotal,
    },
    additional: r.crs.additional,
    total: r.crs.total,
  };
}

describe('worked examples of the assessment contract', () => {
  it('has the 24 cases', () => {
    expect(cases).toHaveLength(24);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s reproduces every normative field', (_id, c) => {
    const outcome = assess(c.input);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(normative(outcome.result)).toEqual(normative(c.expected));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s also matches the informational work, funds and tests', (_id, c) => {
    const outcome = assess(c.input);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result;
    expect(r.work).toEqual(c.expected.work);
    expect(r.funds).toEqual(c.expected.funds);
    expect(r.language.tests).toEqual(c.expected.language.tests);
    expect(r.language.spouse).toEqual(c.expected.language.spouse);
    expect(r.eligibility.FSW.grid).toEqual(c.expected.eligibility.FSW.grid);
    expect(r.crs.transferability).toEqual(c.expected.crs.transferability);
    expect(r.eligibleForExpressEntry).toBe(c.expected.eligibleForExpressEntry);
    // The examples predate the 2026-11-03 caveat; every expected note must still be there.
    expect(r.notes).toEqual(expect.arrayContaining(c.expected.notes));
  });
});
