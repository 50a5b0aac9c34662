import type { CheckpointMailData } from '../domain/checkpoint-mail';

export const CHECKPOINT_MAILER = Symbol('CHECKPOINT_MAILER');

export interface CheckpointRecipient {
  userId: string;
  email: string;
}

/** Delivers a checkpoint to one admin (a port, so the use case is tested without SMTP). */
export interface CheckpointMailer {
  send(recipient: CheckpointRecipient, data: CheckpointMailData): Promise<void>;
}
