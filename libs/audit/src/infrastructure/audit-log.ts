import { Injectable } from '@nestjs/common';
import type { PrismaService, Tx } from '@pcr/db';
import type { AuditEventInput } from '../domain/audit-event';

/**
 * Writes one audit row in the caller's transaction, so the change and its audit row commit or roll
 * back together. Sealing (the hash chain) happens later, by the sealer, in commit order.
 */
@Injectable()
export class AuditLog {
  async record(db: Tx | PrismaService, event: AuditEventInput): Promise<void> {
    await db.auditEvent.create({
      data: {
        // Set by the application, UTC with milliseconds: the column is timestamptz(3).
        occurredAt: new Date(),
        action: event.action,
        actorId: event.actorId ?? null,
        actorRole: event.actorRole ?? null,
        recordType: event.recordType ?? null,
        recordId: event.recordId ?? null,
        requestId: event.requestId ?? null,
        ip: event.ip ?? null,
        changedFields: event.changedFields ?? [],
        details: event.details ?? undefined,
      },
      select: { id: true },
    });
  }
}
