import type { AppConfig } from '@pcr/platform';
import { ACCESS_TOKEN_MAX_TTL_SECONDS } from '../domain/access-token';

export const IDENTITY_CONFIG = Symbol('IDENTITY_CONFIG');

export interface IdentityConfig {
  /** HS256 key for access tokens. */
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

/** Identity's slice of the validated AppConfig (JWT_SECRET, ACCESS_TOKEN_TTL_S, REFRESH_TOKEN_TTL_DAYS). */
export function identityConfigFrom(config: AppConfig): IdentityConfig {
  return {
    jwtSecret: config.auth.jwtSecret,
    accessTokenTtlSeconds: Math.min(config.auth.accessTokenTtlSeconds, ACCESS_TOKEN_MAX_TTL_SECONDS),
    refreshTokenTtlDays: config.auth.refreshTokenTtlDays,
  };
}
