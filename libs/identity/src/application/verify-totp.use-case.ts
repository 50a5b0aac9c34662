import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { matchTotp } from './totp';
import { SecondFactorRepository } from '../infrastructure/second-factor.repository';
import { AccessTokenIssuer } from './access-token.issuer';
import type { RequestContext } from './auth-context';
import { newRecoveryCodes } from './recovery-codes';
import { TotpSecretCipher } from './totp-secret-cipher';

export interface TotpEnabled {
  recoveryCodes: string[];
  /** A fresh access token whose session counts as having passed the second factor. */
  accessToken: string;
  expiresIn: number;
}

const WRONG_CODE = AppError.unprocessable(
  [{ path: 'code', code: 'TOTP_MISMATCH', message: 'the code does not match (or was already used)' }],
  'The code does not match the enrolled secret.',
);

/** Confirms enrolment with a first code: enables TOTP and hands out the recovery codes, once. */
@Injectable()
export class VerifyTotpUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly secondFactor: SecondFactorRepository,
    private readonly cipher: TotpSecretCipher,
    private readonly issuer: AccessTokenIssuer,
    private readonly audit: AuditLog,
  ) {}

  async execute(user: AuthenticatedUser, code: string, context: RequestContext): Promise<TotpEnabled> {
    const recovery = newRecoveryCodes();
    await inTransaction(this.prisma, async (tx) => {
      const state = await this.secondFactor.findTotpState(tx, user.id);
      if (!state?.secretEnc) throw new AppError('CONFLICT', 'Start with POST /auth/totp/enroll.');
      if (state.enabled) throw new AppError('CONFLICT', 'A second factor is already enabled.');
      const step = matchTotp(this.cipher.decrypt(state.secretEnc), code, Date.now(), state.lastStep);
      if (step === null || !(await this.secondFactor.claimStep(tx, user.id, step))) throw WRONG_CODE;
      await this.secondFactor.enable(tx, user.id, new Date(), recovery.hashes);
      await this.audit.record(tx, {
        action: 'auth.totp.enabled',
        actorId: user.id,
        actorRole: user.role,
        recordType: 'user',
        recordId: user.id,
        requestId: context.requestId,
        ip: context.ip,
        changedFields: ['totpEnabledAt', 'recoveryCodes'],
      });
    });
    const access = await this.issuer.issue({ ...user, mfa: true });
    return { recoveryCodes: recovery.codes, ...access };
  }
}
