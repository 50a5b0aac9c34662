import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService, type Tx } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { AccessTokenIssuer } from './access-token.issuer';
import type { RequestContext } from './auth-context';
import { IDENTITY_CONFIG, type IdentityConfig } from './identity-config';
import { hashRefreshToken, looksLikeRefreshToken, newRefreshTokenSecret } from './refresh-token-secret';
import type { IssuedSession } from './session';

type Rotation = { kind: 'rotated'; user: AuthenticatedUser; token: string } | { kind: 'refused'; reason: string };

const REFUSED = 'The session has ended; sign in again.';

/**
 * Rotates a refresh token: the presented one is marked used and a new one joins its family, in
 * one transaction holding the row lock. A used or revoked token presented again means it was
 * copied: the whole family is revoked (the thief's and the owner's newest token alike).
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly issuer: AccessTokenIssuer,
    private readonly audit: AuditLog,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async execute(presented: string | undefined, context: RequestContext): Promise<IssuedSession> {
    if (!looksLikeRefreshToken(presented)) throw new AppError('UNAUTHENTICATED', REFUSED);
    const refreshMaxAgeSeconds = this.config.refreshTokenTtlDays * 86_400;
    // The transaction returns a verdict instead of throwing, so a family revocation commits.
    const rotation = await inTransaction(
      this.prisma,
      (tx): Promise<Rotation> => this.rotate(tx, hashRefreshToken(presented), refreshMaxAgeSeconds, context),
    );
    if (rotation.kind === 'refused') throw new AppError('UNAUTHENTICATED', REFUSED);
    const access = await this.issuer.issue(rotation.user);
    return { ...access, refreshToken: rotation.token, refreshMaxAgeSeconds };
  }

  private async rotate(
    tx: Tx,
    tokenHash: string,
    refreshMaxAgeSeconds: number,
    context: RequestContext,
  ): Promise<Rotation> {
    const now = new Date();
    const current = await this.refreshTokens.lockByHash(tx, tokenHash);
    if (!current) return { kind: 'refused', reason: 'unknown' };
    // Revoked but never used: its family already ended (logout or an earlier reuse); just refuse.
    if (current.revokedAt && !current.usedAt) return { kind: 'refused', reason: 'revoked' };
    if (current.usedAt) {
      const revoked = await this.refreshTokens.revokeFamily(tx, current.familyId, now);
      await this.audit.record(tx, {
        action: 'auth.refresh.reused',
        actorId: current.userId,
        actorRole: current.userRole,
        recordType: 'user',
        recordId: current.userId,
        requestId: context.requestId,
        ip: context.ip,
        details: { familyId: current.familyId, revokedTokens: revoked },
      });
      return { kind: 'refused', reason: 'reused' };
    }
    if (current.expiresAt <= now || !current.userActive) return { kind: 'refused', reason: 'expired-or-inactive' };
    const next = newRefreshTokenSecret();
    await this.refreshTokens.markUsed(tx, current.id, now);
    await this.refreshTokens.insert(tx, {
      userId: current.userId,
      familyId: current.familyId,
      tokenHash: next.hash,
      expiresAt: new Date(now.getTime() + refreshMaxAgeSeconds * 1000),
    });
    return {
      kind: 'rotated',
      // A family is born from a login that passed the user's second factor (or one enabled within
      // the session, proving possession); an admin's MFA reset revokes the families.
      user: {
        id: current.userId,
        role: current.userRole,
        tokenVersion: current.userTokenVersion,
        mfa: current.userMfaEnabled,
      },
      token: next.token,
    };
  }
}
