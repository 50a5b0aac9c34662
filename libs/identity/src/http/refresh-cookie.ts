import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'pcr_refresh';
/**
 * The cookie goes only to the auth routes, never to the rest of the api. The `/api/v1` global
 * prefix is set by apps/api (create-api-app.ts); keep the two in step.
 */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

const ATTRIBUTES = `Path=${REFRESH_COOKIE_PATH}; HttpOnly; Secure; SameSite=Strict`;

// Set by hand: @fastify/cookie is not registered by the api, and one header needs no plugin.
export function setRefreshCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.header('set-cookie', `${REFRESH_COOKIE}=${token}; Max-Age=${maxAgeSeconds}; ${ATTRIBUTES}`);
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.header(
    'set-cookie',
    `${REFRESH_COOKIE}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${ATTRIBUTES}`,
  );
}

/** The refresh token from the Cookie header, or undefined. Its value is base64url, so never quoted. */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === REFRESH_COOKIE) return part.slice(separator + 1).trim();
  }
  return undefined;
}
