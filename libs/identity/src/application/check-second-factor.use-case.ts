import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { matchTotp } from './totp';
import { LoginThrottle } from '../infrastructure/login-throttle';
import { SecondFactorRepository } from '../infrastructure/second-factor.repository';
import type { RequestContext } from './auth-context';
import { hashRecoveryCode } from './recovery-codes';
import { TotpSecretCipher } from './totp-secret-cipher';

export interface SecondFactorInput {
  totpCode?: string;
  recoveryCode?: string;
}

/**
 * The login's second step, after the password: a user with TOTP enabled must send a fresh TOTP
 * code or an unused recovery code. A wrong one counts as a failed login (lockout applies); only
 * a complete sign-in clears the account's failure counter.
 */
@Injectable()
export class CheckSecondFactorUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly secondFactor: SecondFactorRepository,
    private readonly cipher: TotpSecretCipher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
  ) {}

  async execute(
    user: AuthenticatedUser,
    email: string,
    input: SecondFactorInput,
    context: RequestContext,
  ): Promise<AuthenticatedUser> {
    const state = await this.secondFactor.findTotpState(this.prisma, user.id);
    if (!state?.enabled || !state.secretEnc) {
      await this.throttle.reset(email, context.ip);
      return { ...user, mfa: false };
    }
    if (!input.totpCode && !input.recoveryCode) {
      throw new AppError('UNAUTHENTICATED', 'A second factor is required: send totpCode or recoveryCode.', undefined, {
        secondFactorRequired: true,
      });
    }
    const secretEnc = state.secretEnc;
    const passed = await inTransaction(this.prisma, async (tx) => {
      if (input.totpCode) {
        const step = matchTotp(this.cipher.decrypt(secretEnc), input.totpCode, Date.now(), state.lastStep);
        return step !== null && this.secondFactor.claimStep(tx, user.id, step);
      }
      const used = await this.secondFactor.useRecoveryCode(
        tx,
        user.id,
        hashRecoveryCode(input.recoveryCode ?? ''),
        new Date(),
      );
      if (used) await this.record(tx, 'auth.recovery_code.used', user, context, {});
      return used;
    });
    if (passed) {
      await this.throttle.reset(email, context.ip);
      return { ...user, mfa: true };
    }
    const outcome = await this.throttle.recordFailure(email, context.ip);
    await this.record(this.prisma, 'auth.login.second_factor_failed', user, context, {
      method: input.totpCode ? 'totp' : 'recovery_code',
      accountFailures: outcome.accountFailures,
    });
    if (outcome.lockedNow) {
      const retryAfterSeconds = Math.max(1, Math.ceil(outcome.lockMs / 1000));
      throw new AppError(
        'ACCOUNT_LOCKED',
        `Too many failed sign-ins: this account is locked; retry in ${retryAfterSeconds} s.`,
        undefined,
        { retryAfterSeconds },
      );
    }
    throw new AppError('UNAUTHENTICATED', 'The second factor is wrong or was already used.', undefined, {
      secondFactorRequired: true,
    });
  }

  private record(
    db: Parameters<AuditLog['record']>[0],
    action: string,
    user: AuthenticatedUser,
    context: RequestContext,
    details: Record<string, string | number>,
  ): Promise<void> {
    return this.audit.record(db, {
      action,
      actorId: user.id,
      actorRole: user.role,
      recordType: 'user',
      recordId: user.id,
      requestId: context.requestId,
      ip: context.ip,
      details,
    });
  }
}
