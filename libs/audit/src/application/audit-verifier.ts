import { Injectable } from '@nestjs/common';
import { checkSeal, type ChainPosition, GENESIS_HASH } from '../domain/audit-chain';
import { AuditChainRepository } from '../infrastructure/audit-chain.repository';
import { sha256Hex } from '../infrastructure/sha256';

const BATCH = 1000;
/** The sealer runs every second: an event older than this without a seal means sealing is stuck. */
export const UNSEALED_GRACE_MS = 10_000;
const MAX_UNSEALED_REPORTED = 1000;

export interface ChainReport {
  ok: boolean;
  sealedCount: number;
  headSeq: number;
  headHash: string;
  firstBrokenSeq?: number;
  reason?: string;
  /** Ids of events still unsealed UNSEALED_GRACE_MS after they occurred (at most 1000). */
  unsealedOlderThan10s: number[];
}

/** Walks the whole chain in seq order, recomputing every hash from the events as stored now. */
@Injectable()
export class AuditVerifier {
  constructor(private readonly chain: AuditChainRepository) {}

  async verifyChain(now: Date = new Date()): Promise<ChainReport> {
    const walk = await this.walk();
    const broken = walk.broken ?? (await this.checkFurthestCheckpoint(walk.head));
    const unsealed = await this.chain.findUnsealedIdsBefore(
      new Date(now.getTime() - UNSEALED_GRACE_MS),
      MAX_UNSEALED_REPORTED,
    );
    return {
      ok: broken === null,
      sealedCount: walk.count,
      headSeq: Number(walk.head?.seq ?? 0n),
      headHash: walk.head?.hash ?? GENESIS_HASH,
      ...(broken ? { firstBrokenSeq: Number(broken.seq), reason: broken.reason } : {}),
      unsealedOlderThan10s: unsealed.map(Number),
    };
  }

  private async walk(): Promise<{
    count: number;
    head: ChainPosition | null;
    broken: { seq: bigint; reason: string } | null;
  }> {
    let head: ChainPosition | null = null;
    let count = 0;
    for (;;) {
      const seals = await this.chain.findSealsAfter(head?.seq ?? 0n, BATCH);
      for (const seal of seals) {
        const reason = checkSeal(sha256Hex, head, seal);
        // A missing seq is broken at the seq that should have been there.
        if (reason) return { count, head, broken: { seq: (head?.seq ?? 0n) + 1n, reason } };
        head = { seq: seal.seq, hash: seal.hash };
        count++;
      }
      if (seals.length < BATCH) return { count, head, broken: null };
    }
  }

  /** A removed or rewritten tail shows against the furthest checkpoint mailed to the admins. */
  private async checkFurthestCheckpoint(head: ChainPosition | null): Promise<{ seq: bigint; reason: string } | null> {
    const checkpoint = await this.chain.findFurthestCheckpoint();
    if (!checkpoint || checkpoint.seq === 0n) return null;
    const headSeq = head?.seq ?? 0n;
    if (checkpoint.seq > headSeq) {
      return { seq: headSeq + 1n, reason: `chain ends at seq ${headSeq} but checkpoint records seq ${checkpoint.seq}` };
    }
    const hash = await this.chain.findSealHash(checkpoint.seq);
    if (hash !== checkpoint.hash) {
      return { seq: checkpoint.seq, reason: `seal ${checkpoint.seq} does not match the checkpoint's head hash` };
    }
    return null;
  }
}
