import { createHash, randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { DbModule, inTransaction, PrismaService } from '@pcr/db';
import { ConfigModule, createLogger, LoggingModule } from '@pcr/platform';
import { testConfig } from '@pcr/testing';
import { AuditSealer } from './application/audit-sealer';
import { AuditVerifier } from './application/audit-verifier';
import { AuditModule, AuditSealingModule } from './audit.module';
import { CreateCheckpointUseCase } from './application/create-checkpoint.use-case';
import { MailCheckpointUseCase } from './application/mail-checkpoint.use-case';
import type { CheckpointMailer } from './application/checkpoint-mailer';
import { eventDocument } from './domain/audit-chain';
import { canonicalJson } from './domain/canonical-json';
import { AdminRecipientsRepository } from './infrastructure/admin-recipients.repository';
import { AuditLog } from './infrastructure/audit-log';
import { asOwner, runTsProcess } from './testing-support/audit-processes';

// Every chain assertion lives in this one file: Jest runs its tests in order, so the hand-made
// tampering below (undone at once) never overlaps a check that expects an intact chain.
const WRITER = 'libs/audit/src/testing-support/concurrent-writer.ts';
const VERIFY_CLI = 'libs/audit/src/cli/audit-verify.ts';
const run = `${process.env['TEST_RUN_ID'] ?? 'local'}-${Date.now().toString(36)}`;
const config = testConfig();

async function writerProcess(action: string, transactions: number): Promise<{ committed: number; sealed: number }> {
  const result = await runTsProcess(WRITER, [action, String(transactions)], config.database.url);
  if (result.code !== 0) throw new Error(`writer failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as { committed: number; sealed: number };
}

describe('audit trail (PostgreSQL)', () => {
  let prisma: PrismaService;
  let log: AuditLog;
  let sealer: AuditSealer;
  let verifier: AuditVerifier;
  let checkpoints: CreateCheckpointUseCase;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(createLogger({ level: 'silent', service: 'test' })),
        DbModule,
        AuditModule,
      ],
    }).compile();
    const app = await moduleRef.init();
    prisma = app.get(PrismaService);
    log = app.get(AuditLog);
    sealer = app.get(AuditSealer);
    verifier = app.get(AuditVerifier);
    checkpoints = app.get(CreateCheckpointUseCase);
    close = () => app.close();
  });

  afterAll(async () => {
    await close();
  });

  async function sealAll(): Promise<void> {
    while ((await sealer.sealPending()) > 0);
  }

  it('writes a row in the caller transaction: rolled back leaves none, committed appears once', async () => {
    const action = `test.tx.${run}`;
    await expect(
      inTransaction(prisma, async (tx) => {
        await log.record(tx, { action, details: { attempt: 1 } });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await prisma.auditEvent.count({ where: { action } })).toBe(0);

    const before = Date.now();
    await inTransaction(prisma, (tx) =>
      log.record(tx, { action, actorRole: 'ADMIN', changedFields: ['email'], details: { attempt: 2, ok: true } }),
    );
    const rows = await prisma.auditEvent.findMany({ where: { action } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorRole: 'ADMIN', changedFields: ['email'], details: { attempt: 2, ok: true } });
    expect(rows[0].occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1);

    // The seal hashes the documented canonical form of the row as Prisma reads it.
    await sealAll();
    const seal = await prisma.auditSeal.findUniqueOrThrow({ where: { eventId: rows[0].id } });
    const document = eventDocument({
      ...rows[0],
      id: rows[0].id.toString(),
      details: rows[0].details as Record<string, unknown>,
    });
    expect(canonicalJson(document)).toContain('"details":{"attempt":2,"ok":true}');
    expect(seal.hash).toBe(
      createHash('sha256')
        .update(seal.prevHash + canonicalJson(document))
        .digest('hex'),
    );
  });

  it('never forks the chain while two processes write and seal concurrently, with rollbacks', async () => {
    const action = `test.concurrent.${run}`;
    // 90 transactions of 1-3 events each per process: 180 events written, 36 of them rolled back.
    const results = await Promise.all([writerProcess(action, 90), writerProcess(action, 90)]);
    await sealAll();

    const committed = results[0].committed + results[1].committed;
    expect(results.map((r) => r.committed)).toEqual([144, 144]);
    expect(results.some((r) => r.sealed > 0)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action } })).toBe(committed);
    expect(await prisma.auditSeal.count({ where: { event: { action } } })).toBe(committed);

    // Over the whole table: seq is exactly 1..N, one seal per event.
    const [stats] = await prisma.$queryRaw<{ n: bigint; min: bigint; max: bigint; events: bigint }[]>`
      SELECT count(*) AS n, min(seq) AS min, max(seq) AS max, count(DISTINCT event_id) AS events FROM audit_seal`;
    expect(stats.min).toBe(1n);
    expect(stats.max).toBe(stats.n);
    expect(stats.events).toBe(stats.n);

    const report = await verifier.verifyChain();
    expect(report).toMatchObject({ ok: true, headSeq: Number(stats.n), sealedCount: Number(stats.n) });
  }, 120_000);

  it('refuses UPDATE, DELETE and TRUNCATE on the audit tables to the application role', async () => {
    await log.record(prisma, { action: `test.append-only.${run}` });
    await sealAll();
    for (const table of ['audit_event', 'audit_seal']) {
      // Table names cannot be parameters; these two are constants of this test.
      await expect(
        prisma.$executeRawUnsafe(`UPDATE ${table} SET ${table === 'audit_event' ? 'action' : 'hash'} = 'x'`),
      ).rejects.toThrow(/permission denied/);
      await expect(prisma.$executeRawUnsafe(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(prisma.$executeRawUnsafe(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/permission denied/);
    }
    expect(await prisma.auditEvent.count({ where: { action: `test.append-only.${run}` } })).toBe(1);
  });

  it('reports an event still unsealed 10 s after it occurred, and forgets it once sealed', async () => {
    const stuck = await prisma.auditEvent.create({
      data: { occurredAt: new Date(Date.now() - 20_000), action: `test.unsealed.${run}`, changedFields: [] },
      select: { id: true },
    });
    const fresh = await prisma.auditEvent.create({
      data: { occurredAt: new Date(), action: `test.unsealed.${run}`, changedFields: [] },
      select: { id: true },
    });
    const report = await verifier.verifyChain();
    expect(report.unsealedOlderThan10s).toContain(Number(stuck.id));
    expect(report.unsealedOlderThan10s).not.toContain(Number(fresh.id));
    // With a clock 20 s later, the fresh one is late too.
    expect((await verifier.verifyChain(new Date(Date.now() + 20_000))).unsealedOlderThan10s).toContain(
      Number(fresh.id),
    );

    await sealAll();
    expect((await verifier.verifyChain()).unsealedOlderThan10s).not.toContain(Number(stuck.id));
  });

  it('names the first broken seq when an event was changed by hand after sealing', async () => {
    const action = `test.tamper.${run}`;
    await log.record(prisma, { action, recordType: 'order', recordId: 'r-1' });
    await log.record(prisma, { action: `${action}.after` });
    await sealAll();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action }, select: { id: true, seal: true } });
    const seq = Number(event.seal?.seq);

    // One transaction, so no other session ever sees the trigger disabled.
    const setRecordId = (value: string) =>
      asOwner(config.database.url, async (c) => {
        await c.query('BEGIN');
        await c.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        await c.query('UPDATE audit_event SET record_id = $1 WHERE id = $2', [value, event.id.toString()]);
        await c.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
        await c.query('COMMIT');
      });
    await setRecordId('r-2');
    try {
      const report = await verifier.verifyChain();
      expect(report.ok).toBe(false);
      expect(report.firstBrokenSeq).toBe(seq);
      expect(report.reason).toMatch(/does not match its hash/);
      expect(report.headSeq).toBe(seq - 1);
      const cli = await runTsProcess(VERIFY_CLI, [], config.database.url);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain('audit chain: BROKEN');
      expect(cli.stdout).toContain(`first broken seq: ${seq}`);
    } finally {
      await setRecordId('r-1');
    }
    expect((await verifier.verifyChain()).ok).toBe(true);
    const cli = await runTsProcess(VERIFY_CLI, [], config.database.url);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.stdout).toContain('audit chain: OK');
  });

  it('refuses owner changes too while the append-only trigger is in place', async () => {
    await expect(
      asOwner(config.database.url, (c) =>
        c.query("UPDATE audit_event SET action = 'x' WHERE id = (SELECT max(id) FROM audit_event)"),
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('records a checkpoint at the head and mails it to every active admin only', async () => {
    const admins = [
      { id: randomUUID(), active: true },
      { id: randomUUID(), active: false },
    ];
    await prisma.user.createMany({
      data: admins.map((a) => ({
        ...a,
        email: `${a.id}@audit.test`,
        displayName: 'Audit Test',
        role: 'ADMIN' as const,
      })),
    });
    try {
      await sealAll();
      const head = await prisma.auditSeal.findFirstOrThrow({ orderBy: { seq: 'desc' } });
      const sent: { userId: string; seq: number; headHash: string }[] = [];
      const mailer: CheckpointMailer = {
        send: (to, data) => {
          sent.push({ userId: to.userId, seq: data.seq, headHash: data.headHash });
          return Promise.resolve();
        },
      };
      const useCase = new MailCheckpointUseCase(checkpoints, new AdminRecipientsRepository(prisma), mailer);
      const { checkpoint } = await useCase.execute({ day: '2026-11-25' });
      expect(checkpoint).toMatchObject({ seq: Number(head.seq), headHash: head.hash });
      expect(sent).toContainEqual({ userId: admins[0].id, seq: Number(head.seq), headHash: head.hash });
      expect(sent.map((s) => s.userId)).not.toContain(admins[1].id);
      expect((await verifier.verifyChain()).ok).toBe(true);
    } finally {
      await prisma.user.deleteMany({ where: { id: { in: admins.map((a) => a.id) } } });
    }
  });

  it('refuses UPDATE and DELETE of checkpoints for the application role', async () => {
    const checkpoint = await prisma.auditCheckpoint.create({ data: { seq: 0n, headHash: '0'.repeat(64) } });
    await expect(prisma.auditCheckpoint.delete({ where: { id: checkpoint.id } })).rejects.toThrow(/permission denied/);
    await expect(
      prisma.auditCheckpoint.update({ where: { id: checkpoint.id }, data: { headHash: '1'.repeat(64) } }),
    ).rejects.toThrow(/permission denied/);
  });

  it('reports a chain that ends before the latest checkpoint (a removed tail)', async () => {
    const head = await prisma.auditSeal.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    const fake = await prisma.auditCheckpoint.create({ data: { seq: head.seq + 5n, headHash: 'f'.repeat(64) } });
    try {
      const report = await verifier.verifyChain();
      expect(report).toMatchObject({ ok: false, firstBrokenSeq: Number(head.seq) + 1 });
      expect(report.reason).toMatch(/checkpoint records seq/);
    } finally {
      // Checkpoints are append-only too: only the owner, with the trigger off in one transaction, removes the fake.
      await asOwner(config.database.url, async (c) => {
        await c.query('BEGIN');
        await c.query('ALTER TABLE audit_checkpoint DISABLE TRIGGER audit_checkpoint_append_only');
        await c.query('DELETE FROM audit_checkpoint WHERE id = $1', [fake.id.toString()]);
        await c.query('ALTER TABLE audit_checkpoint ENABLE TRIGGER audit_checkpoint_append_only');
        await c.query('COMMIT');
      });
    }
  });

  it('seals a committed row within 2 s while the api-side sealing service runs', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(createLogger({ level: 'silent', service: 'test' })),
        DbModule,
        AuditSealingModule,
      ],
    }).compile();
    const api = await moduleRef.init();
    try {
      const action = `test.interval.${run}`;
      await log.record(prisma, { action });
      const deadline = Date.now() + 2_000;
      let sealed = 0;
      while (sealed === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        sealed = await prisma.auditSeal.count({ where: { event: { action } } });
      }
      expect(sealed).toBe(1);
    } finally {
      await api.close();
    }
  });
});
