import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import type { RequestContext } from './auth-context';
import { hashRefreshToken, looksLikeRefreshToken } from './refresh-token-secret';

/** Revokes the refresh-token family of the presented cookie. Idempotent: no cookie, nothing to do. */
@Injectable()
export class LogoutUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute(presented: string | undefined, context: RequestContext): Promise<void> {
    if (!looksLikeRefreshToken(presented)) return;
    await inTransaction(this.prisma, async (tx) => {
      const token = await this.refreshTokens.findFamilyByHash(tx, hashRefreshToken(presented));
      if (!token) return;
      const revoked = await this.refreshTokens.revokeFamily(tx, token.familyId, new Date());
      if (revoked === 0) return;
      await this.audit.record(tx, {
        action: 'auth.logout',
        actorId: token.userId,
        recordType: 'user',
        recordId: token.userId,
        requestId: context.requestId,
        ip: context.ip,
        details: { familyId: token.familyId },
      });
    });
  }
}
