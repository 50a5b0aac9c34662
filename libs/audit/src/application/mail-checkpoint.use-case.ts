import { Inject, Injectable } from '@nestjs/common';
import type { AuditCheckpointPayload } from '../domain/audit-checkpoint.job';
import { AdminRecipientsRepository } from '../infrastructure/admin-recipients.repository';
import { CHECKPOINT_MAILER, type CheckpointMailer } from './checkpoint-mailer';
import { type AuditCheckpoint, CreateCheckpointUseCase } from './create-checkpoint.use-case';

/** The daily job: record a checkpoint and send it to every active admin. */
@Injectable()
export class MailCheckpointUseCase {
  constructor(
    private readonly createCheckpoint: CreateCheckpointUseCase,
    private readonly admins: AdminRecipientsRepository,
    @Inject(CHECKPOINT_MAILER) private readonly mailer: CheckpointMailer,
  ) {}

  async execute(payload: AuditCheckpointPayload): Promise<{ checkpoint: AuditCheckpoint; mailed: number }> {
    const checkpoint = await this.createCheckpoint.execute();
    const recipients = await this.admins.findActiveAdmins();
    const data = {
      day: payload.day,
      seq: checkpoint.seq,
      headHash: checkpoint.headHash,
      createdAt: checkpoint.createdAt.toISOString(),
    };
    // One by one: a failure retries the job, and a retried job records a new (still valid) checkpoint.
    for (const recipient of recipients) await this.mailer.send(recipient, data);
    return { checkpoint, mailed: recipients.length };
  }
}
