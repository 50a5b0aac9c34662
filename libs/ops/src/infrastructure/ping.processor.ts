import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { RecordPingUseCase } from '../application/record-ping.use-case';
import { PING_JOB } from '../domain/ping.job';

@Processor(PING_JOB.queue, { concurrency: 4 })
export class PingProcessor extends WorkerHost {
  constructor(private readonly recordPing: RecordPingUseCase) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== PING_JOB.name) throw new Error(`unknown job ${job.name} on queue ${PING_JOB.queue}`);
    await this.recordPing.execute(PING_JOB.parse(job.data));
  }
}
