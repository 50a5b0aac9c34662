import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MailCheckpointUseCase } from '../application/mail-checkpoint.use-case';
import { AUDIT_CHECKPOINT_JOB } from '../domain/audit-checkpoint.job';

@Processor(AUDIT_CHECKPOINT_JOB.queue, { concurrency: 1 })
export class AuditCheckpointProcessor extends WorkerHost {
  constructor(private readonly mailCheckpoint: MailCheckpointUseCase) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== AUDIT_CHECKPOINT_JOB.name) {
      throw new Error(`unknown job ${job.name} on queue ${AUDIT_CHECKPOINT_JOB.queue}`);
    }
    await this.mailCheckpoint.execute(AUDIT_CHECKPOINT_JOB.parse(job.data));
  }
}
