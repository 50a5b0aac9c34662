import { Controller, Get, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@pcr/db';
import { Public, Roles } from '@pcr/identity';
import type { AppConfig } from '@pcr/platform';
import { identityConfigFrom } from '../../libs/identity/src/application/identity-config';
import { startApi as startRunningApi } from '../support/api-harness';
import { TotpSecretCipher } from '../../libs/identity/src/application/totp-secret-cipher';
import {
  deleteTestUsers,
  enableTestTotp,
  forgeAccessToken,
  insertTestUser as insertUser,
  type TestUser,
  testTotpCode,
  unsignedAccessToken,
} from '../../libs/identity/src/testing-support/identity-fixtures';

type Problem = { code: string; detail: string; retryAfterSeconds?: number };
const problemOf = async (response: Response) => (await response.json()) as Problem;

// Routes of this suite only: one per access rule, to see the global guard at work.
@Controller('identity-probe')
class ProbeController {
  @Public() @Get('open') open() {
    return { ok: true };
  }
  @Roles('ADMIN') @Get('admin') admin() {
    return { ok: true };
  }
  @Get('undeclared') undeclared() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

/** The real api (createApiApp) with its test probe routes; urls below include /api/v1. */
async function startApiWithIdentity(): Promise<{ app: NestFastifyApplication; url: string; config: AppConfig }> {
  const api = await startRunningApi({}, [ProbeModule]);
  return { app: api.app, url: `${api.url}/api/v1`, config: api.config };
}

describe('identity: login, tokens, refresh rotation, logout, deny by default', () => {
  let app: NestFastifyApplication;
  let url: string;
  let secret: string;
  let prisma: PrismaService;

  beforeAll(async () => {
    const started = await startApiWithIdentity();
    ({ app, url } = started);
    secret = identityConfigFrom(started.config).jwtSecret;
    prisma = app.get(PrismaService);
  });
  const created: string[] = [];
  afterAll(async () => {
    if (prisma) await deleteTestUsers(prisma, created);
    await app?.close();
  });

  async function insertTestUser(...args: Parameters<typeof insertUser>): Promise<TestUser> {
    const user = await insertUser(...args);
    created.push(user.id);
    return user;
  }

  const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const login = (email: string, password: string, secondFactor: { totpCode?: string } = {}) =>
    post('/auth/login', { email, password, ...secondFactor });

  function refreshCookie(response: Response): string {
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pcr_refresh='));
    if (!cookie) throw new Error('no pcr_refresh cookie');
    return cookie.split(';')[0];
  }

  async function signedIn(
    user: TestUser,
    secondFactor: { totpCode?: string } = {},
  ): Promise<{ accessToken: string; cookie: string }> {
    const response = await login(user.email, user.password, secondFactor);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string };
    return { accessToken: body.accessToken, cookie: refreshCookie(response) };
  }

  describe('POST /auth/login', () => {
    it('answers the access token, the user and a locked-down refresh cookie', async () => {
      const user = await insertTestUser(prisma, { role: 'LAWYER' });
      const response = await login(user.email.toUpperCase(), user.password);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 900,
        user: {
          id: user.id,
          email: user.email,
          displayName: 'Test LAWYER',
          role: 'LAWYER',
          mfaEnabled: false,
          lawSociety: 'Law Society of Ontario',
          licenceNumber: 'LSO-T-1',
          goodStanding: false,
        },
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pcr_refresh='));
      expect(cookie).toMatch(/^pcr_refresh=[A-Za-z0-9_-]{43}; Max-Age=1209600;/);
      for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api/v1/auth']) {
        expect(cookie).toContain(attribute);
      }
      const audit = await prisma.auditEvent.findFirst({
        where: { action: 'auth.login.succeeded', actorId: user.id },
        select: { actorRole: true },
      });
      expect(audit).toEqual({ actorRole: 'LAWYER' });
    });

    it('answers a wrong password and an unknown email the same way', async () => {
      const user = await insertTestUser(prisma);
      const wrong = await login(user.email, 'not the password at all');
      const unknown = await login(`nobody-${user.id}@identity.test`, 'not the password at all');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const [a, b] = [(await wrong.json()) as Problem, (await unknown.json()) as Problem];
      expect({ code: a.code, detail: a.detail }).toEqual({ code: b.code, detail: b.detail });
      expect(a.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an inactive account with the same answer', async () => {
      const user = await insertTestUser(prisma, { active: false });
      const response = await login(user.email, user.password);
      expect(response.status).toBe(401);
      expect(((await response.json()) as Problem).detail).toBe('The email or password is wrong.');
    });

    it('answers 400 for a malformed body before checking anything', async () => {
      const response = await post('/auth/login', { email: 'not-an-email', password: 'x', extra: 1 });
      expect(response.status).toBe(400);
      expect((await problemOf(response)).code).toBe('VALIDATION_FAILED');
    });

    it('locks the account after 5 failures in 15 minutes, even for the right password, with Retry-After', async () => {
      const user = await insertTestUser(prisma);
      for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong password here')).status).toBe(401);
      const fifth = await login(user.email, 'wrong password here');
      expect(fifth.status).toBe(423);
      expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(890);
      expect(fifth.headers.get('content-type')).toContain('application/problem+json');
      expect((await problemOf(fifth)).retryAfterSeconds).toBeGreaterThan(890);
      const right = await login(user.email, user.password);
      expect(right.status).toBe(423);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      const lockout = await prisma.auditEvent.count({ where: { action: 'auth.login.locked', actorId: user.id } });
      expect(lockout).toBe(1);
    });

    it('forgets earlier failures after a successful login', async () => {
      const user = await insertTestUser(prisma);
      for (let i = 0; i < 4; i++) await login(user.email, 'wrong password here');
      expect((await login(user.email, user.password)).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong password here')).status).toBe(401);
    });
  });

  describe('GET /auth/me and the JWT strategy', () => {
    it('answers the user for a valid token', async () => {
      const user = await insertTestUser(prisma, { role: 'PARALEGAL' });
      const { accessToken } = await signedIn(user);
      const response = await get('/auth/me', accessToken);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: user.id, email: user.email, role: 'PARALEGAL' });
    });

    it('answers 401 without a token', async () => {
      expect((await get('/auth/me')).status).toBe(401);
    });

    it.each([
      [
        'an expired token',
        (sub: string) =>
          forgeAccessToken({ sub, role: 'CLIENT', tv: 0, exp: Math.floor(Date.now() / 1000) - 5 }, { secret }),
      ],
      [
        'a token signed with another key',
        (sub: string) =>
          forgeAccessToken({ sub, role: 'CLIENT', tv: 0 }, { secret: 'another-key-another-key-another-key' }),
      ],
      ['an unsigned token (alg none)', (sub: string) => unsignedAccessToken({ sub, role: 'CLIENT', tv: 0 })],
      [
        'a token of another algorithm (HS512)',
        (sub: string) => forgeAccessToken({ sub, role: 'CLIENT', tv: 0 }, { secret, algorithm: 'HS512' }),
      ],
      [
        'a token of an older token version',
        (sub: string) => forgeAccessToken({ sub, role: 'CLIENT', tv: -1 }, { secret }),
      ],
    ])('answers 401 for %s', async (_name, makeToken) => {
      const user = await insertTestUser(prisma);
      const control = forgeAccessToken({ sub: user.id, role: 'CLIENT', tv: 0 }, { secret });
      expect((await get('/auth/me', control)).status).toBe(200);
      const response = await get('/auth/me', makeToken(user.id));
      expect(response.status).toBe(401);
      expect((await problemOf(response)).code).toBe('UNAUTHENTICATED');
    });

    it("refuses a deactivated user's token at once", async () => {
      const user = await insertTestUser(prisma);
      const { accessToken } = await signedIn(user);
      expect((await get('/auth/me', accessToken)).status).toBe(200);
      await prisma.user.update({ where: { id: user.id }, data: { active: false }, select: { id: true } });
      expect((await get('/auth/me', accessToken)).status).toBe(401);
    });
  });

  describe('POST /auth/refresh and POST /auth/logout', () => {
    it('rotates the refresh token and issues a working access token', async () => {
      const user = await insertTestUser(prisma);
      const { cookie } = await signedIn(user);
      const response = await post('/auth/refresh', undefined, { cookie });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { accessToken: string; expiresIn: number };
      expect(body.expiresIn).toBe(900);
      expect(refreshCookie(response)).not.toBe(cookie);
      expect((await get('/auth/me', body.accessToken)).status).toBe(200);
    });

    it('answers 401 to a reused refresh token and revokes the whole family', async () => {
      const user = await insertTestUser(prisma);
      const first = (await signedIn(user)).cookie;
      const second = refreshCookie(await post('/auth/refresh', undefined, { cookie: first }));
      const newest = refreshCookie(await post('/auth/refresh', undefined, { cookie: second }));

      expect((await post('/auth/refresh', undefined, { cookie: first })).status).toBe(401);
      expect((await post('/auth/refresh', undefined, { cookie: newest })).status).toBe(401);
      const live = await prisma.refreshToken.count({ where: { userId: user.id, revokedAt: null } });
      expect(live).toBe(0);
      const reuse = await prisma.auditEvent.count({ where: { action: 'auth.refresh.reused', actorId: user.id } });
      expect(reuse).toBe(1);
    });

    it('answers 401 without a cookie or with a made-up one', async () => {
      expect((await post('/auth/refresh')).status).toBe(401);
      const madeUp = `pcr_refresh=${'A'.repeat(43)}`;
      expect((await post('/auth/refresh', undefined, { cookie: madeUp })).status).toBe(401);
    });

    it('logout revokes the session and clears the cookie', async () => {
      const user = await insertTestUser(prisma);
      const { cookie } = await signedIn(user);
      const response = await post('/auth/logout', undefined, { cookie });
      expect(response.status).toBe(204);
      const cleared = response.headers.getSetCookie().find((c) => c.startsWith('pcr_refresh='));
      expect(cleared).toMatch(/^pcr_refresh=; Max-Age=0;.*Path=\/api\/v1\/auth/);
      expect((await post('/auth/refresh', undefined, { cookie })).status).toBe(401);
    });
  });

  describe('the global guard denies by default', () => {
    it('opens @Public() routes to everyone', async () => {
      expect((await get('/identity-probe/open')).status).toBe(200);
    });

    it('lets only the declared roles through @Roles(), an admin only after the second factor', async () => {
      const adminUser = await insertTestUser(prisma, { role: 'ADMIN' });
      const passwordOnly = await signedIn(adminUser);
      const client = await signedIn(await insertTestUser(prisma, { role: 'CLIENT' }));
      expect((await get('/identity-probe/admin')).status).toBe(401);
      expect((await get('/identity-probe/admin', client.accessToken)).status).toBe(403);
      expect((await get('/identity-probe/admin', passwordOnly.accessToken)).status).toBe(403);
      const secret = await enableTestTotp(prisma, app.get(TotpSecretCipher, { strict: false }), adminUser.id);
      const withTotp = await signedIn(adminUser, { totpCode: testTotpCode(secret) });
      expect((await get('/identity-probe/admin', withTotp.accessToken)).status).toBe(200);
    });

    it('answers 403 to everyone, even an admin, on a route that declares nothing', async () => {
      const admin = await signedIn(await insertTestUser(prisma, { role: 'ADMIN' }));
      expect((await get('/identity-probe/undeclared')).status).toBe(403);
      expect((await get('/identity-probe/undeclared', admin.accessToken)).status).toBe(403);
    });
  });
});
