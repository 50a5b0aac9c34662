import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import { AuditLog } from '../infrastructure/audit-log';
import { type AuditEventRow, AuditQueryRepository } from '../infrastructure/audit-query.repository';

export const AUDIT_PAGE_MAX = 100;

export interface AuditEventFilters {
  actorId?: string;
  recordType?: string;
  recordId?: string;
  action?: string;
  from?: string;
  to?: string;
  /** The id of the previous page's last event. */
  cursor?: string;
  limit?: number;
}

export interface AuditEventPage {
  items: AuditEventRow[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface AuditReader {
  id: string;
  role: string;
}

/** An admin reads the audit trail, newest first; the read is itself audited (`audit.read`). */
@Injectable()
export class ListAuditEventsUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: AuditQueryRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute(
    reader: AuditReader,
    filters: AuditEventFilters,
    context: { requestId: string | null; ip: string | null },
  ): Promise<AuditEventPage> {
    const limit = Math.min(filters.limit ?? 50, AUDIT_PAGE_MAX);
    const rows = await this.events.list(this.prisma, {
      actorId: filters.actorId,
      recordType: filters.recordType,
      recordId: filters.recordId,
      action: filters.action,
      from: filters.from ? new Date(filters.from) : undefined,
      to: filters.to ? new Date(filters.to) : undefined,
      beforeId: filters.cursor ? BigInt(filters.cursor) : undefined,
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    const filterNames = (['actorId', 'recordType', 'recordId', 'action', 'from', 'to', 'cursor'] as const).filter(
      (name) => filters[name] !== undefined,
    );
    await this.audit.record(this.prisma, {
      action: 'audit.read',
      actorId: reader.id,
      actorRole: reader.role,
      requestId: context.requestId,
      ip: context.ip,
      details: { filters: filterNames.join(','), count: items.length },
    });
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
