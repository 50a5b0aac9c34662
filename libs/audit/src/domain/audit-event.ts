/**
 * What a use case records: who did what to which record. Values are ids, names of changed fields
 * and small non-personal context, never a client's free text (the trail outlives erasure requests).
 */
export interface AuditEventInput {
  action: string;
  actorId?: string | null;
  actorRole?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  requestId?: string | null;
  ip?: string | null;
  changedFields?: string[];
  details?: Record<string, string | number | boolean | null>;
}

/** An event as stored, the shape the chain hashes (ids as decimal strings: bigint is not JSON). */
export interface StoredAuditEvent {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  requestId: string | null;
  ip: string | null;
  changedFields: string[];
  details: Record<string, unknown> | null;
}
