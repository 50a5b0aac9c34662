import { Injectable } from '@nestjs/common';
import { MailService } from '@pcr/platform';
import type { CheckpointMailer, CheckpointRecipient } from '../application/checkpoint-mailer';
import type { CheckpointMailData } from '../domain/checkpoint-mail';

@Injectable()
export class MailServiceCheckpointMailer implements CheckpointMailer {
  constructor(private readonly mail: MailService) {}

  async send(recipient: CheckpointRecipient, data: CheckpointMailData): Promise<void> {
    await this.mail.send(recipient.email, 'audit.checkpoint', data);
  }
}
