import { createHash } from 'node:crypto';
import { checkSeal, chainSeals, GENESIS_HASH, type StoredSeal } from './audit-chain';
import type { StoredAuditEvent } from './audit-event';

// The test supplies the hash function, as the infrastructure does in production.
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function event(id: string, action = 'test.action'): StoredAuditEvent {
  return {
    id,
    occurredAt: new Date('2026-11-25T10:00:00.123Z'),
    actorId: null,
    actorRole: 'ADMIN',
    action,
    recordType: null,
    recordId: null,
    requestId: null,
    ip: null,
    changedFields: ['email'],
    details: { outcome: 'OK' },
  };
}

function stored(events: StoredAuditEvent[]): StoredSeal[] {
  return chainSeals(sha256, null, events).map((s, i) => ({ ...s, event: events[i] }));
}

describe('audit chain', () => {
  it('hashes the first event after the genesis hash over the canonical document, nulls included', () => {
    const [seal] = chainSeals(sha256, null, [event('1')]);
    const doc =
      '{"action":"test.action","actorId":null,"actorRole":"ADMIN","changedFields":["email"],' +
      '"details":{"outcome":"OK"},"id":"1","ip":null,"occurredAt":"2026-11-25T10:00:00.123Z",' +
      '"recordId":null,"recordType":null,"requestId":null}';
    expect(seal).toEqual({ eventId: '1', seq: 1n, prevHash: GENESIS_HASH, hash: sha256(GENESIS_HASH + doc) });
  });

  it('continues from the head seal with consecutive seqs, each linking to the previous hash', () => {
    const seals = chainSeals(sha256, { seq: 7n, hash: 'a'.repeat(64) }, [event('10'), event('9')]);
    expect(seals.map((s) => s.seq)).toEqual([8n, 9n]);
    expect(seals[0].prevHash).toBe('a'.repeat(64));
    expect(seals[1].prevHash).toBe(seals[0].hash);
  });

  it('accepts an intact chain', () => {
    const seals = stored([event('1'), event('2'), event('3')]);
    let previous = null;
    for (const seal of seals) {
      expect(checkSeal(sha256, previous, seal)).toBeNull();
      previous = seal;
    }
  });

  it('reports an event changed after sealing', () => {
    const seals = stored([event('1'), event('2')]);
    const tampered = { ...seals[1], event: { ...seals[1].event, action: 'other' } };
    expect(checkSeal(sha256, seals[0], tampered)).toMatch(/event 2 does not match its hash/);
  });

  it('reports a gap in seq and a broken link', () => {
    const seals = stored([event('1'), event('2'), event('3')]);
    expect(checkSeal(sha256, seals[0], seals[2])).toMatch(/expected seq 2, found 3/);
    expect(checkSeal(sha256, seals[0], { ...seals[1], prevHash: GENESIS_HASH })).toMatch(/prevHash/);
  });
});
