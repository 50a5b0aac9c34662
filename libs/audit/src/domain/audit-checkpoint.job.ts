import type { JobContract } from '@pcr/platform';

/**
 * `audit.checkpoint`: once a day, record the chain head and mail it to every active admin.
 * The day is the job's identity, so enqueueing it twice on one day is a no-op in BullMQ.
 */
export interface AuditCheckpointPayload {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkpointDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const AUDIT_CHECKPOINT_JOB: JobContract<AuditCheckpointPayload> = {
  queue: 'audit',
  name: 'audit.checkpoint',
  jobId: (payload) => `audit-checkpoint__${payload.day}`,
  parse(data: unknown): AuditCheckpointPayload {
    const p = data as Partial<AuditCheckpointPayload> | null;
    if (!p || typeof p.day !== 'string' || !DAY.test(p.day) || Number.isNaN(Date.parse(`${p.day}T00:00:00Z`))) {
      throw new Error('audit.checkpoint payload does not match its contract');
    }
    return { day: p.day };
  },
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5000 },
    removeOnComplete: { age: 30 * 24 * 3600, count: 100 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
};
