/**
 * A separate OS process for the concurrency test: writes audit events in small transactions (one in
 * five rolled back) while calling sealPending() between them, as a second api process would.
 * Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register <this file> <action> <transactions>
 * Prints one JSON line: { committed, rolledBack, sealed }.
 */
import 'reflect-metadata';
import { inTransaction, PrismaService } from '@pcr/db';
import { loadConfig } from '@pcr/platform';
import { AuditSealer } from '../application/audit-sealer';
import { AuditChainRepository } from '../infrastructure/audit-chain.repository';
import { AuditLog } from '../infrastructure/audit-log';

class Rollback extends Error {}

async function main(): Promise<void> {
  const [action, transactionsArg] = process.argv.slice(2);
  const transactions = Number(transactionsArg);
  if (!action || !Number.isInteger(transactions)) throw new Error('usage: concurrent-writer <action> <transactions>');
  const prisma = new PrismaService(loadConfig(process.env));
  const log = new AuditLog();
  const sealer = new AuditSealer(new AuditChainRepository(prisma));
  let committed = 0;
  let rolledBack = 0;
  let sealed = 0;
  try {
    for (let i = 0; i < transactions; i++) {
      const events = 1 + (i % 3);
      const rollback = i % 5 === 4; // one transaction in five, deterministic so counts are too
      try {
        await inTransaction(prisma, async (tx) => {
          for (let e = 0; e < events; e++) {
            await log.record(tx, {
              action,
              recordType: 'test',
              recordId: `${process.pid}-${i}-${e}`,
              details: { i, e },
            });
          }
          if (rollback) throw new Rollback();
        });
        committed += events;
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
        rolledBack += events;
      }
      if (i % 2 === 0) sealed += await sealer.sealPending();
    }
  } finally {
    await prisma.$disconnect();
  }
  process.stdout.write(`${JSON.stringify({ committed, rolledBack, sealed })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
