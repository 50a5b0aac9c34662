import { createHash, randomBytes } from 'node:crypto';

/**
 * Refresh tokens are 32 random bytes (base64url) given to the browser once; the database holds
 * only their SHA-256, so a leaked table cannot be replayed. No salt needed: the input is random.
 */
export function newRefreshTokenSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cheap shape check before touching the database: 32 bytes in base64url are 43 characters. */
export function looksLikeRefreshToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
