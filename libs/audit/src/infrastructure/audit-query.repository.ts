import { Injectable } from '@nestjs/common';
import type { PrismaService, Tx } from '@pcr/db';

export interface AuditQuery {
  actorId?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Only events with a smaller id (the previous page's last id). */
  beforeId?: bigint;
  take: number;
}

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  requestId: string | null;
  changedFields: string[];
  details: unknown;
  seq: string | null;
  sealed: boolean;
}

/** Reads the audit trail, newest first (by id: insertion order), with its seal if any. */
@Injectable()
export class AuditQueryRepository {
  async list(db: Tx | PrismaService, query: AuditQuery): Promise<AuditEventRow[]> {
    const occurredAt =
      query.from || query.to
        ? { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) }
        : undefined;
    const rows = await db.auditEvent.findMany({
      where: {
        actorId: query.actorId,
        recordType: query.recordType,
        recordId: query.recordId,
        action: query.action,
        occurredAt,
        ...(query.beforeId === undefined ? {} : { id: { lt: query.beforeId } }),
      },
      orderBy: { id: 'desc' },
      take: query.take,
      select: {
        id: true,
        occurredAt: true,
        actorId: true,
        actorRole: true,
        action: true,
        recordType: true,
        recordId: true,
        requestId: true,
        changedFields: true,
        details: true,
        seal: { select: { seq: true } },
      },
    });
    return rows.map(({ seal, id, ...row }) => ({
      ...row,
      id: id.toString(),
      seq: seal ? seal.seq.toString() : null,
      sealed: seal !== null,
    }));
  }
}
