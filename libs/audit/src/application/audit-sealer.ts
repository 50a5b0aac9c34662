import { Injectable } from '@nestjs/common';
import { chainSeals } from '../domain/audit-chain';
import { AuditChainRepository } from '../infrastructure/audit-chain.repository';
import { sha256Hex } from '../infrastructure/sha256';

/**
 * Seals committed events in one transaction holding an advisory lock: only the lock holder appends
 * seals, and seq is unique, so concurrent writers and several api processes never fork the chain.
 */
@Injectable()
export class AuditSealer {
  /** Events sealed per transaction: a backlog is taken in several short transactions. */
  static readonly BATCH = 1000;

  constructor(private readonly chain: AuditChainRepository) {}

  /** Returns how many events were sealed; 0 when none were pending or another sealer is running. */
  async sealPending(): Promise<number> {
    const sealed = await this.chain.withSealerLock(async (tx) => {
      const head = await this.chain.findHead(tx);
      const events = await this.chain.findUnsealed(tx, AuditSealer.BATCH);
      if (events.length === 0) return 0;
      await this.chain.insertSeals(tx, chainSeals(sha256Hex, head, events));
      return events.length;
    });
    return sealed ?? 0;
  }
}
