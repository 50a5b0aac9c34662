import { isRole, type Role } from './role';

/**
 * What an access token carries: the user id, the role (for the guard, no lookup needed to refuse)
 * and the user's token version, so bumping it (deactivation, password change) kills old tokens,
 * and whether the session passed a second factor.
 */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  tv: number;
  /** True when the session passed a second factor (TOTP or recovery code) at sign-in. */
  mfa: boolean;
}

export const ACCESS_TOKEN_MAX_TTL_SECONDS = 15 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAccessTokenClaims(payload: unknown): AccessTokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { sub, role, tv, mfa } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !UUID.test(sub) || !isRole(role) || typeof tv !== 'number' || !Number.isInteger(tv))
    return null;
  if (mfa !== undefined && typeof mfa !== 'boolean') return null;
  // A token without the claim never passed a second factor.
  return { sub, role, tv, mfa: mfa === true };
}
