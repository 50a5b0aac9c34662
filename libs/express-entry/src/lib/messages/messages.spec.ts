/** The message catalogue covers every code the engine can report. */
import { explainCause, explainLever, explainNote, explainReason, NOTE_CODES, REASON_CODES } from '../../index';
import { ieltsAt, profile, run } from '../../test-support/profiles';

describe('message catalogue (en)', () => {
  it.each([...REASON_CODES])('reason %s has an English sentence', (code) => {
    expect(explainReason(code)).toMatch(/^[A-Z].{20,}\.$/);
  });

  it.each([...NOTE_CODES])('note %s has an English sentence', (code) => {
    expect(explainNote(code)).not.toBe(code);
  });

  it('notes with arguments are filled in', () => {
    expect(explainNote('LANGUAGE_TEST_EXPIRED:IELTS_GT:2024-11-25')).toBe(
      'The IELTS_GT result of 2024-11-25 is two or more years old and no longer counts.',
    );
  });

  it('every lever and cause the engine produced for a busy profile has a label', () => {
    const r = run(
      profile({
        maritalStatus: 'married',
        spouse: { languageTest: ieltsAt(6) },
        dateOfBirth: '1995-12-01',
        languageTests: [ieltsAt(7, '2025-01-10')],
        work: [{ inCanada: true, noc: '21231', hoursPerWeek: 30, startDate: '2026-06-01', endDate: null }],
      }),
      { whatIf: true, upcomingChanges: true },
    );
    expect(r.whatIf.length).toBeGreaterThan(3);
    expect(r.upcomingChanges.length).toBeGreaterThan(2);
    for (const w of r.whatIf) expect(explainLever(w.lever)).not.toBe(w.lever);
    for (const c of r.upcomingChanges) expect(explainCause(c.cause)).not.toBe(c.cause);
  });

  it('results carry one explanation per distinct reason, in program order', () => {
    const r = run(profile({ languageTests: [] }));
    expect(r.explanations.map((e) => e.code)).toEqual([
      'NO_VALID_LANGUAGE_TEST',
      'CEC_INSUFFICIENT_CANADIAN_EXPERIENCE',
      'FSW_INSUFFICIENT_SKILLED_EXPERIENCE',
      'FSW_GRID_BELOW_67',
      'FST_INSUFFICIENT_TRADE_EXPERIENCE',
    ]);
    expect(r.explanations[0].message).toBe(explainReason('NO_VALID_LANGUAGE_TEST'));
  });

  it('unknown codes are returned unchanged rather than failing', () => {
    expect(explainNote('SOMETHING_NEW:x')).toBe('SOMETHING_NEW:x');
    expect(explainLever('NEW_LEVER')).toBe('NEW_LEVER');
  });
});
