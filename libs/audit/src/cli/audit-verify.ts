/**
 * Verifies the whole audit chain and prints a readable report. Exit 0: intact; 1: broken; 2: could
 * not run (bad config, database down).
 * Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/audit/src/cli/audit-verify.ts
 * It connects as DATABASE_APP_ROLE like the api: reading needs nothing more.
 */
import 'reflect-metadata';
import { PrismaService } from '@pcr/db';
import { loadConfig } from '@pcr/platform';
import { AuditVerifier, type ChainReport, UNSEALED_GRACE_MS } from '../application/audit-verifier';
import { AuditChainRepository } from '../infrastructure/audit-chain.repository';

export function formatReport(report: ChainReport): string {
  const lines = [
    report.ok ? 'audit chain: OK' : 'audit chain: BROKEN',
    `  sealed events: ${report.sealedCount}`,
    `  head seq:      ${report.headSeq}`,
    `  head hash:     ${report.headHash}`,
  ];
  if (!report.ok) {
    lines.push(`  first broken seq: ${report.firstBrokenSeq}`, `  reason: ${report.reason}`);
    lines.push('  (seals after the break were not checked: fix or explain the break first)');
  }
  const late = report.unsealedOlderThan10s;
  lines.push(
    late.length === 0
      ? `  unsealed events older than ${UNSEALED_GRACE_MS / 1000} s: none`
      : `  unsealed events older than ${UNSEALED_GRACE_MS / 1000} s: ${late.length} (ids ${late.slice(0, 20).join(', ')}${late.length > 20 ? ', ...' : ''}): is the api's sealer running?`,
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  const prisma = new PrismaService(loadConfig(process.env));
  try {
    const report = await new AuditVerifier(new AuditChainRepository(prisma)).verifyChain();
    process.stdout.write(`${formatReport(report)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      // The error's message only: a driver error names the failing setting, not row data.
      process.stderr.write(
        `audit-verify: could not verify: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(2);
    },
  );
}
