import type { StoredAuditEvent } from './audit-event';
import { canonicalJson } from './canonical-json';

/** The first seal's prevHash. */
export const GENESIS_HASH = '0'.repeat(64);

/** Hex SHA-256 of a UTF-8 string, injected so the domain stays free of node:crypto. */
export type Sha256Hex = (text: string) => string;

/** Exactly what is hashed for an event: every column, nulls included, time as ISO 8601 UTC ms. */
export function eventDocument(event: StoredAuditEvent): Record<string, unknown> {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    requestId: event.requestId,
    ip: event.ip,
    changedFields: event.changedFields,
    details: event.details,
  };
}

/** hash = hex SHA-256(prevHash + canonicalJson(document)). */
export function sealHash(sha256: Sha256Hex, prevHash: string, event: StoredAuditEvent): string {
  return sha256(prevHash + canonicalJson(eventDocument(event)));
}

export interface NewSeal {
  eventId: string;
  seq: bigint;
  prevHash: string;
  hash: string;
}

/** Chains `events` (in the order given) after the head seal. */
export function chainSeals(
  sha256: Sha256Hex,
  head: { seq: bigint; hash: string } | null,
  events: StoredAuditEvent[],
): NewSeal[] {
  let seq = head?.seq ?? 0n;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return events.map((event) => {
    seq += 1n;
    const hash = sealHash(sha256, prevHash, event);
    const seal = { eventId: event.id, seq, prevHash, hash };
    prevHash = hash;
    return seal;
  });
}

export interface StoredSeal {
  seq: bigint;
  prevHash: string;
  hash: string;
  event: StoredAuditEvent;
}

export interface ChainPosition {
  seq: bigint;
  hash: string;
}

/**
 * Checks one seal against the one before it (or genesis). Returns why it is broken, or null.
 * Pure, so the verifier can walk any number of seals in batches.
 */
export function checkSeal(sha256: Sha256Hex, previous: ChainPosition | null, seal: StoredSeal): string | null {
  const expectedSeq = (previous?.seq ?? 0n) + 1n;
  if (seal.seq !== expectedSeq) return `expected seq ${expectedSeq}, found ${seal.seq} (a seal is missing)`;
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  if (seal.prevHash !== expectedPrev) return 'prevHash does not match the previous seal';
  if (sealHash(sha256, seal.prevHash, seal.event) !== seal.hash) {
    return `event ${seal.event.id} does not match its hash (changed after sealing)`;
  }
  return null;
}
