/**
 * Clears a user's second factor when no admin can sign in (the last admin lost their phone): TOTP
 * and recovery codes go, the token version is bumped and refresh tokens are revoked, and
 * `user.mfa_reset` is audited with `{ via: 'cli' }`, all in one transaction. Exit 0: reset; 1:
 * unknown email or wrong usage; 2: could not run (bad config, database down).
 * Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/identity/src/cli/reset-mfa.ts <email>
 */
import 'reflect-metadata';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { loadConfig } from '@pcr/platform';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { SecondFactorRepository } from '../infrastructure/second-factor.repository';

export const RESET_FIELDS = ['recoveryCodes', 'tokenVersion', 'totpEnabledAt', 'totpLastStep', 'totpSecretEnc'];

async function main(argv: string[]): Promise<number> {
  const email = argv[0]?.trim().toLowerCase();
  if (!email || argv.length !== 1) {
    process.stderr.write('usage: reset-mfa <email>\n');
    return 1;
  }
  const prisma = new PrismaService(loadConfig(process.env));
  try {
    const userId = await inTransaction(prisma, async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (!user) return null;
      await new SecondFactorRepository().reset(tx, user.id);
      await new RefreshTokenRepository().revokeAllOfUser(tx, user.id, new Date());
      await new AuditLog().record(tx, {
        action: 'user.mfa_reset',
        recordType: 'user',
        recordId: user.id,
        changedFields: RESET_FIELDS,
        details: { via: 'cli' },
      });
      return user.id;
    });
    if (!userId) {
      process.stderr.write(`reset-mfa: no user with email ${email}\n`);
      return 1;
    }
    process.stdout.write(`reset-mfa: second factor cleared for user ${userId}; sign in again to enrol\n`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`reset-mfa: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
