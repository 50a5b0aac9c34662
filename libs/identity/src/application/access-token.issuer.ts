import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims } from '../domain/access-token';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { IDENTITY_CONFIG, type IdentityConfig } from './identity-config';

export const ACCESS_TOKEN_ISSUER = 'pcr-desk';
export const ACCESS_TOKEN_AUDIENCE = 'pcr-desk-api';

/** Signs short-lived HS256 access tokens; they live in the browser's memory only. */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async issue(user: AuthenticatedUser): Promise<{ accessToken: string; expiresIn: number }> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion, mfa: user.mfa };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    return { accessToken, expiresIn: this.config.accessTokenTtlSeconds };
  }
}
