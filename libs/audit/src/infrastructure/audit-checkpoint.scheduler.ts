import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { jobOptions, LOGGER, type Logger } from '@pcr/platform';
import type { Queue } from 'bullmq';
import { AUDIT_CHECKPOINT_JOB, checkpointDay } from '../domain/audit-checkpoint.job';

const ENQUEUE_EVERY_MS = 60 * 60 * 1000;

/**
 * Enqueues today's checkpoint at start and every hour. The job id is the day, so all but the first
 * enqueue of a day are ignored by BullMQ (completed jobs are kept 30 days), in any number of workers.
 */
@Injectable()
export class AuditCheckpointScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(AUDIT_CHECKPOINT_JOB.queue) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    void this.enqueueToday();
    this.timer = setInterval(() => void this.enqueueToday(), ENQUEUE_EVERY_MS);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async enqueueToday(now: Date = new Date()): Promise<void> {
    const payload = { day: checkpointDay(now) };
    try {
      await this.queue.add(AUDIT_CHECKPOINT_JOB.name, payload, jobOptions(AUDIT_CHECKPOINT_JOB, payload));
    } catch (error: unknown) {
      this.logger.error(
        { err: { type: error instanceof Error ? error.name : typeof error } },
        'could not enqueue audit checkpoint',
      );
    }
  }
}
