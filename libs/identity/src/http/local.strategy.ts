import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { VerifyCredentialsUseCase } from '../application/verify-credentials.use-case';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { requestContextOf } from './current-user.decorator';

/** Email + password, checked (with throttling and lockout) by VerifyCredentialsUseCase. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly verifyCredentials: VerifyCredentialsUseCase) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<AuthenticatedUser> {
    return this.verifyCredentials.execute({ email, password }, requestContextOf(request));
  }
}
