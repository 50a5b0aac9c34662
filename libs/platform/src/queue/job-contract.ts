import type { JobsOptions } from 'bullmq';

/**
 * A typed job: its queue, name, payload check, deterministic id and retry policy in one place.
 * Payloads carry ids only; PostgreSQL holds the truth and handlers re-read it.
 */
export interface JobContract<TPayload> {
  queue: string;
  name: string;
  /** Deterministic so a re-enqueue of the same work is ignored by BullMQ. No ':' (BullMQ rejects it). */
  jobId(payload: TPayload): string;
  /** Throws on a payload that does not match the contract. */
  parse(data: unknown): TPayload;
  options: Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'>;
}

export function jobOptions<T>(contract: JobContract<T>, payload: T): JobsOptions {
  return { ...contract.options, jobId: contract.jobId(payload) };
}
