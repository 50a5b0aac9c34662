import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { CheckSecondFactorUseCase, type SecondFactorInput } from '../application/check-second-factor.use-case';
import { VerifyCredentialsUseCase } from '../application/verify-credentials.use-case';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { normalizeEmail } from '../domain/email';
import { requestContextOf } from './current-user.decorator';

/** Email + password (VerifyCredentialsUseCase, with throttling and lockout), then the second factor. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly verifyCredentials: VerifyCredentialsUseCase,
    private readonly checkSecondFactor: CheckSecondFactorUseCase,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(request: FastifyRequest, email: string, password: string): Promise<AuthenticatedUser> {
    const context = requestContextOf(request);
    const user = await this.verifyCredentials.execute({ email, password }, context);
    // The body was validated against LoginDto by LocalAuthGuard.
    const { totpCode, recoveryCode } = request.body as SecondFactorInput;
    return this.checkSecondFactor.execute(user, normalizeEmail(email), { totpCode, recoveryCode }, context);
  }
}
