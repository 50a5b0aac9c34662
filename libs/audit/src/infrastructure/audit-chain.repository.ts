import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Tx } from '@pcr/db';
import type { ChainPosition, NewSeal, StoredSeal } from '../domain/audit-chain';
import type { StoredAuditEvent } from '../domain/audit-event';

/** Any fixed number: it names "the audit sealer" among PostgreSQL's advisory locks. */
const SEALER_LOCK_KEY = 7_210_873_001;

interface EventRow {
  id: bigint;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  request_id: string | null;
  ip: string | null;
  changed_fields: string[];
  details: Record<string, unknown> | null;
}

const EVENT_COLUMNS = Prisma.sql`e.id, e.occurred_at, e.actor_id::text AS actor_id, e.actor_role, e.action,
  e.record_type, e.record_id, e.request_id, e.ip, e.changed_fields, e.details`;

function toEvent(row: EventRow): StoredAuditEvent {
  return {
    id: row.id.toString(),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    requestId: row.request_id,
    ip: row.ip,
    changedFields: row.changed_fields,
    details: row.details,
  };
}

/** Reads and appends the seal chain. Raw SQL where Prisma has no LEFT JOIN ... IS NULL or locks. */
@Injectable()
export class AuditChainRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` holding the sealer lock for one transaction, or returns null if another holds it. */
  async withSealerLock<T>(work: (tx: Tx) => Promise<T>): Promise<T | null> {
    return this.prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}::bigint) AS locked`;
        return lock.locked ? work(tx) : null;
      },
      { maxWait: 5_000, timeout: 15_000, isolationLevel: 'ReadCommitted' },
    );
  }

  async findHead(db: Tx | PrismaService = this.prisma): Promise<ChainPosition | null> {
    return db.auditSeal.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  }

  /** Committed events without a seal, oldest insert first (commit order may differ; that is fine). */
  async findUnsealed(tx: Tx, limit: number): Promise<StoredAuditEvent[]> {
    const rows = await tx.$queryRaw<EventRow[]>`
      SELECT ${EVENT_COLUMNS} FROM audit_event e LEFT JOIN audit_seal s ON s.event_id = e.id
      WHERE s.event_id IS NULL ORDER BY e.id LIMIT ${limit}`;
    return rows.map(toEvent);
  }

  async insertSeals(tx: Tx, seals: NewSeal[]): Promise<void> {
    await tx.auditSeal.createMany({
      data: seals.map((s) => ({ eventId: BigInt(s.eventId), seq: s.seq, prevHash: s.prevHash, hash: s.hash })),
    });
  }

  /** Seals with their events in seq order after `afterSeq`, for the verifier's walk. */
  async findSealsAfter(afterSeq: bigint, limit: number): Promise<StoredSeal[]> {
    const rows = await this.prisma.$queryRaw<(EventRow & { seq: bigint; prev_hash: string; hash: string })[]>`
      SELECT s.seq, s.prev_hash, s.hash, ${EVENT_COLUMNS}
      FROM audit_seal s JOIN audit_event e ON e.id = s.event_id
      WHERE s.seq > ${afterSeq} ORDER BY s.seq LIMIT ${limit}`;
    return rows.map((r) => ({ seq: r.seq, prevHash: r.prev_hash, hash: r.hash, event: toEvent(r) }));
  }

  async findUnsealedIdsBefore(cutoff: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ id: bigint }[]>`
      SELECT e.id FROM audit_event e LEFT JOIN audit_seal s ON s.event_id = e.id
      WHERE s.event_id IS NULL AND e.occurred_at < ${cutoff} ORDER BY e.id LIMIT ${limit}`;
    return rows.map((r) => r.id.toString());
  }

  async findSealHash(seq: bigint): Promise<string | null> {
    const seal = await this.prisma.auditSeal.findUnique({ where: { seq }, select: { hash: true } });
    return seal?.hash ?? null;
  }

  /** The checkpoint covering the longest prefix of the chain (normally also the newest). */
  async findFurthestCheckpoint(): Promise<ChainPosition | null> {
    const row = await this.prisma.auditCheckpoint.findFirst({
      orderBy: [{ seq: 'desc' }, { id: 'desc' }],
      select: { seq: true, headHash: true },
    });
    return row ? { seq: row.seq, hash: row.headHash } : null;
  }

  async insertCheckpoint(position: ChainPosition): Promise<{ id: bigint; createdAt: Date }> {
    return this.prisma.auditCheckpoint.create({
      data: { seq: position.seq, headHash: position.hash },
      select: { id: true, createdAt: true },
    });
  }
}
