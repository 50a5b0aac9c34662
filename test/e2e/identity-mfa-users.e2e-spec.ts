import { Controller, Get, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@pcr/db';
import { Roles } from '@pcr/identity';
import type { AppConfig } from '@pcr/platform';
import { startApi as startRunningApi } from '../support/api-harness';
import { TotpSecretCipher } from '../../libs/identity/src/application/totp-secret-cipher';
import { base32Decode } from '../../libs/identity/src/application/totp';
import {
  deleteTestUsers,
  enableTestTotp,
  insertTestUser as insertUser,
  type TestUser,
  testTotpCode,
  uniqueEmail,
} from '../../libs/identity/src/testing-support/identity-fixtures';

// While the setup gate is switched off (see second-factor-policy.ts), the gated cases expect 200.

type Problem = { code: string; detail: string; secondFactorRequired?: boolean };
type Json = Record<string, unknown>;

// A route staff reach once signed in properly, to see the second-factor restriction at work.
@Controller('identity-mfa-probe')
class StaffProbeController {
  @Roles('LAWYER', 'ADMIN', 'PARALEGAL') @Get() staff() {
    return { ok: true };
  }
}

@Module({ controllers: [StaffProbeController] })
class StaffProbeModule {}

/** The real api (createApiApp) with its test probe routes; urls below include /api/v1. */
async function startApi(): Promise<{ app: NestFastifyApplication; url: string; config: AppConfig }> {
  const api = await startRunningApi({}, [StaffProbeModule]);
  return { app: api.app, url: `${api.url}/api/v1`, config: api.config };
}

describe('identity: TOTP second factor and users administration', () => {
  let app: NestFastifyApplication;
  let url: string;
  let prisma: PrismaService;
  let cipher: TotpSecretCipher;
  const created: string[] = [];

  beforeAll(async () => {
    ({ app, url } = await startApi());
    prisma = app.get(PrismaService);
    cipher = app.get(TotpSecretCipher, { strict: false });
  });
  afterAll(async () => {
    if (prisma) await deleteTestUsers(prisma, created);
    await app?.close();
  });

  async function insertTestUser(...args: Parameters<typeof insertUser>): Promise<TestUser> {
    const user = await insertUser(...args);
    created.push(user.id);
    return user;
  }

  const send = (method: string, path: string, body?: unknown, token?: string, cookie?: string) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const post = (path: string, body?: unknown, token?: string) => send('POST', path, body, token);
  const get = (path: string, token?: string) => send('GET', path, undefined, token);
  const login = (user: { email: string; password: string }, factor: Json = {}) =>
    post('/auth/login', { email: user.email, password: user.password, ...factor });

  async function tokenOf(response: Response): Promise<string> {
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  function claimsOf(token: string): Json {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Json;
  }

  /** An admin with TOTP enabled, signed in with a code. */
  async function signedInAdmin(): Promise<{ admin: TestUser; token: string }> {
    const admin = await insertTestUser(prisma, { role: 'ADMIN' });
    const secret = await enableTestTotp(prisma, cipher, admin.id);
    return { admin, token: await tokenOf(await login(admin, { totpCode: testTotpCode(secret) })) };
  }

  describe('TOTP enrolment, login and recovery codes', () => {
    it('holds a lawyer without TOTP to the setup routes', async () => {
      const lawyer = await insertTestUser(prisma, { role: 'LAWYER' });
      const pending = await tokenOf(await login(lawyer));
      expect((await get('/auth/me', pending)).status).toBe(200);
      const refused = await get('/identity-mfa-probe', pending);
      expect(refused.status).toBe(403);
      expect((await refused.json()) as Problem).toMatchObject({
        code: 'FORBIDDEN',
        detail: expect.stringContaining('set up the second factor first'),
      });
      expect((await post('/auth/totp/enroll', undefined, pending)).status).toBe(200);
      expect((await post('/auth/logout')).status).toBe(204);
    });

    it('enrols, verifies, then signs in with a TOTP code once and a recovery code once', async () => {
      const lawyer = await insertTestUser(prisma, { role: 'LAWYER' });
      const pending = await tokenOf(await login(lawyer));
      expect(claimsOf(pending).mfa).toBe(false);
      expect((await get('/auth/me', pending)).status).toBe(200);

      const enrolment = await post('/auth/totp/enroll', undefined, pending);
      expect(enrolment.status).toBe(200);
      const { secret, otpauthUri } = (await enrolment.json()) as { secret: string; otpauthUri: string };
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(otpauthUri).toContain(`secret=${secret}`);
      const stored = await prisma.user.findUniqueOrThrow({
        where: { id: lawyer.id },
        select: { totpSecretEnc: true, totpEnabledAt: true },
      });
      expect(stored.totpSecretEnc).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
      expect(stored.totpSecretEnc).not.toContain(secret);
      expect(stored.totpEnabledAt).toBeNull();

      const raw = base32Decode(secret);
      expect((await post('/auth/totp/verify', { code: '000000' }, pending)).status).toBe(422);
      const verified = await post('/auth/totp/verify', { code: testTotpCode(raw) }, pending);
      expect(verified.status).toBe(200);
      const { recoveryCodes, accessToken } = (await verified.json()) as {
        recoveryCodes: string[];
        accessToken: string;
      };
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      expect(claimsOf(accessToken).mfa).toBe(true);
      expect((await get('/identity-mfa-probe', accessToken)).status).toBe(200);
      const hashes = await prisma.recoveryCode.findMany({ where: { userId: lawyer.id }, select: { codeHash: true } });
      expect(hashes.map((h) => h.codeHash)).not.toContain(recoveryCodes[0]);
      expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.codeHash))).toBe(true);
      expect(await prisma.auditEvent.count({ where: { action: 'auth.totp.enabled', actorId: lawyer.id } })).toBe(1);
      expect((await post('/auth/totp/enroll', undefined, accessToken)).status).toBe(409);

      // Password alone is no longer enough.
      const missing = await login(lawyer);
      expect(missing.status).toBe(401);
      expect((await missing.json()) as Problem).toMatchObject({
        code: 'UNAUTHENTICATED',
        detail: expect.stringContaining('second factor is required'),
        secondFactorRequired: true,
      });

      // The verify used the current step: the next one signs in once, and never again.
      const code = testTotpCode(raw, 1);
      const withCode = await tokenOf(await login(lawyer, { totpCode: code }));
      expect(claimsOf(withCode).mfa).toBe(true);
      expect((await get('/identity-mfa-probe', withCode)).status).toBe(200);
      const replayed = await login(lawyer, { totpCode: code });
      expect(replayed.status).toBe(401);
      expect(((await replayed.json()) as Problem).code).toBe('UNAUTHENTICATED');
      expect(
        await prisma.auditEvent.count({ where: { action: 'auth.login.second_factor_failed', actorId: lawyer.id } }),
      ).toBe(1);

      // A recovery code works once (case and dash do not matter).
      const recovery = recoveryCodes[3];
      await tokenOf(await login(lawyer, { recoveryCode: recovery.toUpperCase() }));
      expect(await prisma.auditEvent.count({ where: { action: 'auth.recovery_code.used', actorId: lawyer.id } })).toBe(
        1,
      );
      expect((await login(lawyer, { recoveryCode: recovery })).status).toBe(401);
    });

    it('does not restrict a paralegal without TOTP', async () => {
      const paralegal = await insertTestUser(prisma, { role: 'PARALEGAL' });
      const token = await tokenOf(await login(paralegal));
      expect((await get('/identity-mfa-probe', token)).status).toBe(200);
    });

    it('keeps an admin without TOTP out of /users until it is set up', async () => {
      const admin = await insertTestUser(prisma, { role: 'ADMIN' });
      const response = await get('/users', await tokenOf(await login(admin)));
      expect(response.status).toBe(403);
      expect(((await response.json()) as Problem).detail).toContain('set up the second factor first');
    });
  });

  describe('users administration', () => {
    it('answers 403 to non-admins', async () => {
      const paralegal = await insertTestUser(prisma, { role: 'PARALEGAL' });
      const token = await tokenOf(await login(paralegal));
      expect((await get('/users', token)).status).toBe(403);
      const body = { email: uniqueEmail('x'), displayName: 'X', role: 'PARALEGAL' };
      expect((await post('/users', body, token)).status).toBe(403);
      expect((await get('/users')).status).toBe(401);
    });

    it('creates staff with a temporary password and refuses a duplicate email in any case', async () => {
      const { token } = await signedInAdmin();
      const email = uniqueEmail('lawyer');
      const response = await post(
        '/users',
        { email, displayName: 'Lea Lawyer', role: 'LAWYER', lawSociety: 'LSO', licenceNumber: 'L-1' },
        token,
      );
      expect(response.status).toBe(201);
      const body = (await response.json()) as { user: Json & { id: string }; temporaryPassword: string };
      created.push(body.user.id);
      expect(body.user).toMatchObject({ email, role: 'LAWYER', active: true, mfaEnabled: false, version: 1 });
      expect(body.temporaryPassword.length).toBeGreaterThanOrEqual(12);
      await tokenOf(await login({ email, password: body.temporaryPassword }));
      expect(await prisma.auditEvent.count({ where: { action: 'user.created', recordId: body.user.id } })).toBe(1);

      const duplicate = await post(
        '/users',
        { email: email.toUpperCase(), displayName: 'Again', role: 'PARALEGAL' },
        token,
      );
      expect(duplicate.status).toBe(409);
      expect(((await duplicate.json()) as Problem).code).toBe('CONFLICT');
      const noLicence = await post('/users', { email: uniqueEmail('l'), displayName: 'L', role: 'LAWYER' }, token);
      expect(noLicence.status).toBe(422);
      const client = await post('/users', { email: uniqueEmail('c'), displayName: 'C', role: 'CLIENT' }, token);
      expect(client.status).toBe(400);
    });

    it('lists users a page at a time, filtered by role and active', async () => {
      const { token } = await signedInAdmin();
      for (let i = 0; i < 3; i++) await insertTestUser(prisma, { role: 'PARALEGAL' });
      const first = await get('/users?role=PARALEGAL&active=true&limit=2', token);
      expect(first.status).toBe(200);
      const page1 = (await first.json()) as {
        items: Array<{ id: string; role: string; active: boolean }>;
        nextCursor: string;
      };
      expect(page1.items).toHaveLength(2);
      expect(page1.items.every((u) => u.role === 'PARALEGAL' && u.active)).toBe(true);
      expect(page1.nextCursor).toBe(page1.items[1].id);
      const second = await get(`/users?role=PARALEGAL&active=true&limit=2&cursor=${page1.nextCursor}`, token);
      const page2 = (await second.json()) as { items: Array<{ id: string }> };
      expect(page2.items.length).toBeGreaterThan(0);
      expect(page2.items.map((u) => u.id)).not.toContain(page1.items[0].id);
      expect((await get('/users?limit=101', token)).status).toBe(400);
    });

    it('updates with optimistic concurrency: a stale version is 409', async () => {
      const { token } = await signedInAdmin();
      const lawyer = await insertTestUser(prisma, { role: 'LAWYER' });
      const ok = await send(
        'PATCH',
        `/users/${lawyer.id}`,
        { version: 1, displayName: 'New', goodStanding: true },
        token,
      );
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ displayName: 'New', goodStanding: true, version: 2 });
      const stale = await send('PATCH', `/users/${lawyer.id}`, { version: 1, displayName: 'Older' }, token);
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as Problem).code).toBe('CONFLICT');
      const paralegal = await insertTestUser(prisma, { role: 'PARALEGAL' });
      expect((await send('PATCH', `/users/${paralegal.id}`, { version: 1, goodStanding: true }, token)).status).toBe(
        422,
      );
      const audit = await prisma.auditEvent.findFirst({
        where: { action: 'user.updated', recordId: lawyer.id },
        select: { changedFields: true },
      });
      expect(audit?.changedFields).toEqual(['displayName', 'goodStanding']);
    });

    it("deactivation stops the user's access and refresh tokens at once", async () => {
      const { token } = await signedInAdmin();
      const paralegal = await insertTestUser(prisma, { role: 'PARALEGAL' });
      const signedIn = await login(paralegal);
      const cookie = (signedIn.headers.getSetCookie().find((c) => c.startsWith('pcr_refresh=')) ?? '').split(';')[0];
      const userToken = await tokenOf(signedIn);
      expect((await get('/auth/me', userToken)).status).toBe(200);
      const patched = await send('PATCH', `/users/${paralegal.id}`, { version: 1, active: false }, token);
      expect(patched.status).toBe(200);
      expect((await get('/auth/me', userToken)).status).toBe(401);
      expect((await send('POST', '/auth/refresh', undefined, undefined, cookie)).status).toBe(401);
      expect((await login(paralegal)).status).toBe(401);
      expect(await prisma.auditEvent.count({ where: { action: 'user.deactivated', recordId: paralegal.id } })).toBe(1);
    });

    it("reset-mfa clears the user's TOTP and recovery codes and ends their tokens", async () => {
      const { token } = await signedInAdmin();
      const lawyer = await insertTestUser(prisma, { role: 'LAWYER' });
      const secret = await enableTestTotp(prisma, cipher, lawyer.id);
      const lawyerToken = await tokenOf(await login(lawyer, { totpCode: testTotpCode(secret) }));
      await prisma.recoveryCode.create({
        data: { id: crypto.randomUUID(), userId: lawyer.id, codeHash: 'x'.repeat(64) },
      });

      expect((await post(`/users/${lawyer.id}/reset-mfa`, undefined, token)).status).toBe(204);
      expect((await get('/auth/me', lawyerToken)).status).toBe(401);
      expect(await prisma.recoveryCode.count({ where: { userId: lawyer.id } })).toBe(0);
      const after = await prisma.user.findUniqueOrThrow({
        where: { id: lawyer.id },
        select: { totpSecretEnc: true, totpEnabledAt: true, totpLastStep: true },
      });
      expect(after).toEqual({ totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null });
      const audit = await prisma.auditEvent.findFirst({
        where: { action: 'user.mfa_reset', recordId: lawyer.id },
        select: { changedFields: true, details: true },
      });
      expect(audit?.changedFields).toContain('totpSecretEnc');
      // Back to password-only (held to the setup routes while the gate is on).
      const passwordOnly = await tokenOf(await login(lawyer));
      expect(claimsOf(passwordOnly).mfa).toBe(false);
      expect((await get('/identity-mfa-probe', passwordOnly)).status).toBe(403);
      expect((await post(`/users/${crypto.randomUUID()}/reset-mfa`, undefined, token)).status).toBe(404);
    });
  });
});
