import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { lawyerFieldErrors } from '../domain/staff-user';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { type ManagedUser, UserAdminRepository, type UserChanges } from '../infrastructure/user-admin.repository';
import type { RequestContext } from './auth-context';

/**
 * An admin's change to a user, guarded by `version` (a stale one is 409). Deactivation bumps the
 * token version and revokes the refresh tokens, so the user's access stops at once.
 */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserAdminRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute(
    admin: AuthenticatedUser,
    userId: string,
    input: UserChanges & { version: number },
    context: RequestContext,
  ): Promise<ManagedUser> {
    const { version, ...changes } = input;
    const changedFields = Object.keys(changes).sort();
    if (changes.active === false && userId === admin.id) {
      throw AppError.unprocessable([{ path: 'active', code: 'SELF', message: 'you cannot deactivate yourself' }]);
    }
    return inTransaction(this.prisma, async (tx) => {
      const current = await this.users.findById(tx, userId);
      if (!current) throw AppError.notFound('The user');
      const errors = lawyerFieldErrors(current.role, changes, false);
      if (errors.length > 0) throw AppError.unprocessable(errors, 'The lawyer fields do not fit the role.');
      const deactivating = changes.active === false && current.active;
      if (!(await this.users.update(tx, userId, version, changes, deactivating))) {
        throw new AppError('CONFLICT', 'The user was changed by someone else; reload and try again.', undefined, {
          currentVersion: current.version,
        });
      }
      if (deactivating) await this.refreshTokens.revokeAllOfUser(tx, userId, new Date());
      await this.audit.record(tx, {
        action: deactivating ? 'user.deactivated' : 'user.updated',
        actorId: admin.id,
        actorRole: admin.role,
        recordType: 'user',
        recordId: userId,
        requestId: context.requestId,
        ip: context.ip,
        changedFields,
      });
      const updated = await this.users.findById(tx, userId);
      if (!updated) throw AppError.notFound('The user');
      return updated;
    });
  }
}
