import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { SecondFactorRepository } from '../infrastructure/second-factor.repository';
import { UserAdminRepository } from '../infrastructure/user-admin.repository';
import type { RequestContext } from './auth-context';

/**
 * An admin clears another user's TOTP and recovery codes (a lost phone): the user's tokens and
 * sessions end, and a LAWYER or ADMIN must enrol again at the next sign-in.
 */
@Injectable()
export class ResetSecondFactorUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserAdminRepository,
    private readonly secondFactor: SecondFactorRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute(admin: AuthenticatedUser, userId: string, context: RequestContext): Promise<void> {
    await inTransaction(this.prisma, async (tx) => {
      if (!(await this.users.findById(tx, userId))) throw AppError.notFound('The user');
      await this.secondFactor.reset(tx, userId);
      await this.refreshTokens.revokeAllOfUser(tx, userId, new Date());
      await this.audit.record(tx, {
        action: 'user.mfa_reset',
        actorId: admin.id,
        actorRole: admin.role,
        recordType: 'user',
        recordId: userId,
        requestId: context.requestId,
        ip: context.ip,
        changedFields: ['recoveryCodes', 'tokenVersion', 'totpEnabledAt', 'totpLastStep', 'totpSecretEnc'],
      });
    });
  }
}
