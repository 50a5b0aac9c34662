import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppError, jobOptions } from '@pcr/platform';
import type { Queue } from 'bullmq';
import { PING_JOB, type PingPayload } from '../domain/ping.job';

@Injectable()
export class PingProducer {
  constructor(@InjectQueue(PING_JOB.queue) private readonly queue: Queue) {}

  async enqueue(payload: PingPayload): Promise<string> {
    try {
      const job = await this.queue.add(PING_JOB.name, payload, jobOptions(PING_JOB, payload));
      return job.id ?? PING_JOB.jobId(payload);
    } catch {
      // Producers fail fast while Redis is down (enableOfflineQueue: false): say so, don't hang.
      throw new AppError('QUEUE_UNAVAILABLE', 'The job queue is unavailable; try again shortly.');
    }
  }
}
