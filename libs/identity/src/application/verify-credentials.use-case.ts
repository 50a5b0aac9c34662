import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { normalizeEmail } from '../domain/email';
import { addressIsThrottled } from '../domain/login-lockout';
import { LoginThrottle } from '../infrastructure/login-throttle';
import { UserRepository } from '../infrastructure/user.repository';
import type { RequestContext } from './auth-context';
import { PasswordHasher } from './password-hasher';

const WRONG_CREDENTIALS = 'The email or password is wrong.';

/**
 * Checks an email and password (the Passport local strategy's work). Every failure answers the
 * same 401, whether the email is unknown, the password wrong or the account inactive, and costs
 * the same argon2 verification, so neither the answer nor its timing reveals which accounts exist.
 */
@Injectable()
export class VerifyCredentialsUseCase {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly prisma: PrismaService,
  ) {}

  async execute(input: { email: string; password: string }, context: RequestContext): Promise<AuthenticatedUser> {
    const email = normalizeEmail(input.email);
    const state = await this.throttle.state(email, context.ip);
    if (state.lockMs > 0) throw locked(state.lockMs);
    if (addressIsThrottled({ account: 0, address: state.addressFailures })) {
      throw new AppError('RATE_LIMITED', 'Too many failed sign-ins from this address.', undefined, {
        retryAfterSeconds: 60,
      });
    }

    const user = await this.users.findCredentialsByEmail(email);
    const hash = user?.passwordHash ?? (await this.getDummyHash());
    const passwordOk = await this.hasher.verify(hash, input.password);
    if (user && user.passwordHash && user.active && passwordOk) {
      // The failure counter is reset only after the second factor (CheckSecondFactorUseCase), so a
      // known password does not buy unlimited TOTP guesses.
      return { id: user.id, role: user.role, tokenVersion: user.tokenVersion, mfa: false };
    }

    const reason = !user ? 'unknown_account' : !user.active ? 'inactive' : 'wrong_password';
    const outcome = await this.throttle.recordFailure(email, context.ip);
    await this.audit.record(this.prisma, {
      action: 'auth.login.failed',
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      recordType: user ? 'user' : null,
      recordId: user?.id ?? null,
      requestId: context.requestId,
      ip: context.ip,
      details: { reason, accountFailures: outcome.accountFailures },
    });
    if (outcome.lockedNow) {
      await this.audit.record(this.prisma, {
        action: 'auth.login.locked',
        actorId: user?.id ?? null,
        recordType: user ? 'user' : null,
        recordId: user?.id ?? null,
        requestId: context.requestId,
        ip: context.ip,
        details: { lockSeconds: Math.ceil(outcome.lockMs / 1000) },
      });
      throw locked(outcome.lockMs);
    }
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }

  /** Hashed once, lazily: verifying against it makes unknown emails cost what known ones do. */
  private getDummyHash(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(`unknown-account-${Math.random()}-padding`);
    return this.dummyHash;
  }
}

function locked(lockMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(lockMs / 1000));
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many failed sign-ins: this account is locked; retry in ${retryAfterSeconds} s.`,
    undefined,
    { retryAfterSeconds },
  );
}
