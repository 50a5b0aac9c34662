import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { DbModule, PrismaService } from '@pcr/db';
import { ConfigModule, createLogger, LoggingModule, QueueModule } from '@pcr/platform';
import { testConfig } from '@pcr/testing';
import { AuditWorkerModule } from './audit.module';
import { CHECKPOINT_MAILER, type CheckpointMailer } from './application/checkpoint-mailer';
import type { CheckpointMailData } from './domain/checkpoint-mail';

describe('audit.checkpoint job (worker, PostgreSQL and Redis)', () => {
  it("enqueues today's checkpoint at start, records the head and mails each active admin", async () => {
    // A queue prefix of its own: today's job id is fixed per day, and a worker started by another
    // suite of this run may already have completed today's checkpoint on the shared prefix.
    const config = testConfig({ QUEUE_PREFIX: `${process.env['QUEUE_PREFIX'] ?? '{pcr-test}'}-checkpoint` });
    const sent: { userId: string; data: CheckpointMailData }[] = [];
    const mailer: CheckpointMailer = {
      send: (to, data) => {
        sent.push({ userId: to.userId, data });
        return Promise.resolve();
      },
    };
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(createLogger({ level: 'silent', service: 'test' })),
        DbModule,
        QueueModule.forRoot('worker'),
        AuditWorkerModule,
      ],
    })
      .overrideProvider(CHECKPOINT_MAILER)
      .useValue(mailer)
      .compile();
    const prisma = moduleRef.get(PrismaService);
    const adminId = randomUUID();
    await prisma.user.create({
      data: { id: adminId, email: `${adminId}@audit.test`, displayName: 'Audit Test', role: 'ADMIN' },
    });
    const worker = await moduleRef.init();
    try {
      const deadline = Date.now() + 10_000;
      while (!sent.some((s) => s.userId === adminId) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const mail = sent.find((s) => s.userId === adminId);
      expect(mail?.data.day).toBe(new Date().toISOString().slice(0, 10));
      // Other suites of the run may have recorded a checkpoint of the same head: match this one's time too.
      const recorded = await prisma.auditCheckpoint.count({
        where: {
          seq: BigInt(mail?.data.seq ?? -1),
          headHash: mail?.data.headHash,
          createdAt: new Date(mail?.data.createdAt ?? 0),
        },
      });
      expect(recorded).toBe(1);
    } finally {
      // Before close: the client reconnects on use, and a pool opened after close would stay open.
      await prisma.user.delete({ where: { id: adminId } });
      await worker.close();
    }
  });
});
