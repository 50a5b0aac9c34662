import type { FastifyReply, FastifyRequest } from 'fastify';
import { newRefreshTokenSecret, hashRefreshToken, looksLikeRefreshToken } from '../application/refresh-token-secret';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

const requestWith = (cookie?: string) => ({ headers: { cookie } }) as unknown as FastifyRequest;

function captureReply(): { reply: FastifyReply; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, headers };
}

describe('refresh cookie', () => {
  it('is HttpOnly, Secure, SameSite=Strict and scoped to the auth routes', () => {
    const { reply, headers } = captureReply();
    setRefreshCookie(reply, 'abc', 60);
    expect(headers['set-cookie']).toBe(
      'pcr_refresh=abc; Max-Age=60; Path=/api/v1/auth; HttpOnly; Secure; SameSite=Strict',
    );
  });

  it('is cleared with the same path and attributes', () => {
    const { reply, headers } = captureReply();
    clearRefreshCookie(reply);
    expect(headers['set-cookie']).toMatch(/^pcr_refresh=; Max-Age=0; Expires=.*Path=\/api\/v1\/auth; HttpOnly/);
  });

  it('is read from among other cookies', () => {
    expect(readRefreshCookie(requestWith('theme=dark; pcr_refresh=tok-1; other=x'))).toBe('tok-1');
    expect(readRefreshCookie(requestWith('pcr_refresh_old=nope'))).toBeUndefined();
    expect(readRefreshCookie(requestWith())).toBeUndefined();
  });
});

describe('refresh token secrets', () => {
  it('are 32 random bytes in base64url, stored as their SHA-256', () => {
    const { token, hash } = newRefreshTokenSecret();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(looksLikeRefreshToken(token)).toBe(true);
    expect(hash).toBe(hashRefreshToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(newRefreshTokenSecret().token).not.toBe(token);
  });

  it('refuses values of another shape before any lookup', () => {
    expect(looksLikeRefreshToken(undefined)).toBe(false);
    expect(looksLikeRefreshToken('short')).toBe(false);
    expect(looksLikeRefreshToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
