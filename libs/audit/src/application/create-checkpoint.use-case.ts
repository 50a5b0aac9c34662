import { Injectable } from '@nestjs/common';
import { GENESIS_HASH } from '../domain/audit-chain';
import { AuditChainRepository } from '../infrastructure/audit-chain.repository';

export interface AuditCheckpoint {
  id: string;
  seq: number;
  headHash: string;
  createdAt: Date;
}

/**
 * Records the chain's current head. Mailed to admins, a checkpoint lets anyone notice a tail that
 * was removed or rewritten later, which the chain alone cannot show.
 */
@Injectable()
export class CreateCheckpointUseCase {
  constructor(private readonly chain: AuditChainRepository) {}

  async execute(): Promise<AuditCheckpoint> {
    const head = (await this.chain.findHead()) ?? { seq: 0n, hash: GENESIS_HASH };
    const row = await this.chain.insertCheckpoint(head);
    return { id: row.id.toString(), seq: Number(head.seq), headHash: head.hash, createdAt: row.createdAt };
  }
}
