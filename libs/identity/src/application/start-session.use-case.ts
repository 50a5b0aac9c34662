import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { UserRepository } from '../infrastructure/user.repository';
import { AccessTokenIssuer } from './access-token.issuer';
import type { RequestContext } from './auth-context';
import { IDENTITY_CONFIG, type IdentityConfig } from './identity-config';
import { newRefreshTokenSecret } from './refresh-token-secret';
import type { LoginResult } from './session';

/** After the credentials were verified: opens a refresh-token family and signs an access token. */
@Injectable()
export class StartSessionUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly users: UserRepository,
    private readonly issuer: AccessTokenIssuer,
    private readonly audit: AuditLog,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async execute(user: AuthenticatedUser, context: RequestContext): Promise<LoginResult> {
    const refresh = newRefreshTokenSecret();
    const refreshMaxAgeSeconds = this.config.refreshTokenTtlDays * 86_400;
    const familyId = randomUUID();
    await inTransaction(this.prisma, async (tx) => {
      await this.refreshTokens.insert(tx, {
        userId: user.id,
        familyId,
        tokenHash: refresh.hash,
        expiresAt: new Date(Date.now() + refreshMaxAgeSeconds * 1000),
      });
      await this.audit.record(tx, {
        action: 'auth.login.succeeded',
        actorId: user.id,
        actorRole: user.role,
        recordType: 'user',
        recordId: user.id,
        requestId: context.requestId,
        ip: context.ip,
        details: { familyId },
      });
    });
    const profile = await this.users.findProfile(user.id);
    if (!profile) throw new AppError('UNAUTHENTICATED', 'The account no longer exists.');
    const access = await this.issuer.issue(user);
    return { ...access, refreshToken: refresh.token, refreshMaxAgeSeconds, user: profile };
  }
}
