import type { JobContract } from '@pcr/platform';

/**
 * `system.ping`: proves API -> Redis -> worker -> PostgreSQL. `workMs` makes the worker hold the
 * job that long, so operators and the shutdown drill can see a job finish during a SIGTERM.
 */
export interface PingPayload {
  pingId: string;
  requestedAt: string;
  workMs: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MAX_PING_WORK_MS = 10_000;

export const PING_JOB: JobContract<PingPayload> = {
  queue: 'system',
  name: 'system.ping',
  jobId: (payload) => `system-ping__${payload.pingId}`,
  parse(data: unknown): PingPayload {
    const p = data as Partial<PingPayload> | null;
    if (
      !p ||
      typeof p.pingId !== 'string' ||
      !UUID.test(p.pingId) ||
      typeof p.requestedAt !== 'string' ||
      Number.isNaN(Date.parse(p.requestedAt)) ||
      typeof p.workMs !== 'number' ||
      !Number.isInteger(p.workMs) ||
      p.workMs < 0 ||
      p.workMs > MAX_PING_WORK_MS
    ) {
      throw new Error('system.ping payload does not match its contract');
    }
    return { pingId: p.pingId, requestedAt: p.requestedAt, workMs: p.workMs };
  },
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
};
