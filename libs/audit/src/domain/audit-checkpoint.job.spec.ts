import { AUDIT_CHECKPOINT_JOB, checkpointDay } from './audit-checkpoint.job';

describe('audit.checkpoint job contract', () => {
  it('uses the UTC day as a deterministic job id without colons', () => {
    const day = checkpointDay(new Date('2026-11-25T23:59:59.999Z'));
    expect(day).toBe('2026-11-25');
    expect(AUDIT_CHECKPOINT_JOB.jobId({ day })).toBe('audit-checkpoint__2026-11-25');
    expect(AUDIT_CHECKPOINT_JOB.queue).toBe('audit');
  });

  it('accepts a day and refuses anything else', () => {
    expect(AUDIT_CHECKPOINT_JOB.parse({ day: '2026-11-25', extra: 1 })).toEqual({ day: '2026-11-25' });
    for (const bad of [null, {}, { day: '2026-13-45' }, { day: '25/11/2026' }, { day: 20261125 }]) {
      expect(() => AUDIT_CHECKPOINT_JOB.parse(bad)).toThrow(/contract/);
    }
  });
});
