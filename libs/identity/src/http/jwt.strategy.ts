import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../application/access-token.issuer';
import { AuthenticateAccessTokenUseCase } from '../application/authenticate-access-token.use-case';
import { IDENTITY_CONFIG, type IdentityConfig } from '../application/identity-config';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { ACCESS_TOKEN_MAX_TTL_SECONDS } from '../domain/access-token';

/**
 * Bearer access tokens: HS256 only (an `alg: none` or RS/ES token is refused before any lookup),
 * expiry enforced, and never older than 15 minutes whatever `exp` says.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(IDENTITY_CONFIG) config: IdentityConfig,
    private readonly authenticateToken: AuthenticateAccessTokenUseCase,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
      jsonWebTokenOptions: { maxAge: `${ACCESS_TOKEN_MAX_TTL_SECONDS}s` },
    });
  }

  /** Returning null makes Passport fail the request (401). */
  validate(payload: unknown): Promise<AuthenticatedUser | null> {
    return this.authenticateToken.execute(payload);
  }
}
