import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@pcr/db';
import type { AppConfig } from '@pcr/platform';
import { testConfig } from '@pcr/testing';
import { startApi as startRunningApi } from '../support/api-harness';
import { TotpSecretCipher } from '../../libs/identity/src/application/totp-secret-cipher';
import {
  deleteTestUsers,
  enableTestTotp,
  insertTestUser as insertUser,
  type TestUser,
  testTotpCode,
} from '../../libs/identity/src/testing-support/identity-fixtures';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

type AuditItem = {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  requestId: string | null;
  changedFields: string[];
  details: Record<string, unknown> | null;
  seq: string | null;
  sealed: boolean;
};
type AuditPage = { items: AuditItem[]; nextCursor: string | null };

/** The real api (createApiApp) with nothing added; urls below include /api/v1. */
async function startApi(): Promise<{ app: NestFastifyApplication; url: string; config: AppConfig }> {
  const api = await startRunningApi({}, []);
  return { app: api.app, url: `${api.url}/api/v1`, config: api.config };
}

describe('audit: GET /audit and the reset-mfa command', () => {
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

  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const login = (user: TestUser, factor: Record<string, unknown> = {}) =>
    fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password, ...factor }),
    });
  async function tokenOf(response: Response): Promise<string> {
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
  async function signedInAdmin(): Promise<{ admin: TestUser; token: string }> {
    const admin = await insertTestUser(prisma, { role: 'ADMIN' });
    const secret = await enableTestTotp(prisma, cipher, admin.id);
    return { admin, token: await tokenOf(await login(admin, { totpCode: testTotpCode(secret) })) };
  }
  async function page(path: string, token: string): Promise<AuditPage> {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    return (await response.json()) as AuditPage;
  }

  it('lists events newest first, with filters and cursor pagination, and audits the read', async () => {
    const { admin, token } = await signedInAdmin();
    const recordId = randomUUID();
    const before = new Date(Date.now() - 1000).toISOString();
    for (let index = 0; index < 3; index += 1) {
      await prisma.auditEvent.create({
        data: {
          occurredAt: new Date(),
          action: 'test.audit_api',
          actorId: admin.id,
          actorRole: 'ADMIN',
          recordType: 'test-record',
          recordId,
          changedFields: ['field'],
          details: { index },
        },
        select: { id: true },
      });
    }
    const query = `recordType=test-record&recordId=${recordId}&action=test.audit_api&actorId=${admin.id}`;

    const first = await page(`/audit?${query}&from=${before}&limit=2`, token);
    expect(first.items).toHaveLength(2);
    expect(first.items.map((item) => item.details?.index)).toEqual([2, 1]);
    expect(first.items[0]).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      actorId: admin.id,
      actorRole: 'ADMIN',
      action: 'test.audit_api',
      recordType: 'test-record',
      recordId,
      requestId: null,
      changedFields: ['field'],
      sealed: expect.any(Boolean),
    });
    expect(first.items[0].sealed).toBe(first.items[0].seq !== null);
    expect(BigInt(first.items[0].id)).toBeGreaterThan(BigInt(first.items[1].id));
    expect(first.nextCursor).toBe(first.items[1].id);

    const second = await page(`/audit?${query}&limit=2&cursor=${first.nextCursor}`, token);
    expect(second.items.map((item) => item.details?.index)).toEqual([0]);
    expect(second.nextCursor).toBeNull();

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await page(`/audit?${query}&from=${future}`, token)).items).toEqual([]);
    expect((await page(`/audit?${query}&to=${before}`, token)).items).toEqual([]);

    const reads = await page(`/audit?action=audit.read&actorId=${admin.id}`, token);
    // Three reads above plus the previous ones; this read is recorded after it is answered.
    expect(reads.items.length).toBeGreaterThanOrEqual(4);
    expect(reads.items[0]).toMatchObject({ action: 'audit.read', actorId: admin.id, actorRole: 'ADMIN' });
    expect(reads.items[0].requestId).toEqual(expect.any(String));
  });

  it('answers 401 without a token and 403 to a client', async () => {
    expect((await get('/audit')).status).toBe(401);
    const client = await insertTestUser(prisma, { role: 'CLIENT' });
    const token = await tokenOf(await login(client));
    const refused = await get('/audit', token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers 400 with errors for bad filters', async () => {
    const { token } = await signedInAdmin();
    for (const bad of [
      'from=yesterday',
      'to=2026-13-01T00:00:00Z',
      'actorId=nope',
      'limit=0',
      'limit=101',
      'cursor=abc',
    ]) {
      const response = await get(`/audit?${bad}`, token);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors?: { path: string }[] };
      expect(problem.errors?.[0]?.path).toBe(bad.split('=')[0]);
    }
  });

  describe('reset-mfa command', () => {
    const cli = (email: string) =>
      run('node', ['-r', '@swc-node/register', 'libs/identity/src/cli/reset-mfa.ts', email], {
        cwd: ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: testConfig().database.url },
        timeout: 60_000,
      });

    it('clears TOTP and recovery codes, ends sessions and audits the reset', async () => {
      const lawyer = await insertTestUser(prisma, { role: 'LAWYER' });
      const secret = await enableTestTotp(prisma, cipher, lawyer.id);
      await tokenOf(await login(lawyer, { totpCode: testTotpCode(secret) }));
      await prisma.recoveryCode.create({
        data: { id: randomUUID(), userId: lawyer.id, codeHash: `test-hash-${randomUUID()}` },
        select: { userId: true },
      });
      const { tokenVersion } = await prisma.user.findUniqueOrThrow({
        where: { id: lawyer.id },
        select: { tokenVersion: true },
      });

      const { stdout } = await cli(lawyer.email.toUpperCase());
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stdout).toContain(lawyer.id);

      const user = await prisma.user.findUniqueOrThrow({
        where: { id: lawyer.id },
        select: { totpSecretEnc: true, totpEnabledAt: true, totpLastStep: true, tokenVersion: true },
      });
      expect(user).toEqual({
        totpSecretEnc: null,
        totpEnabledAt: null,
        totpLastStep: null,
        tokenVersion: tokenVersion + 1,
      });
      expect(await prisma.recoveryCode.count({ where: { userId: lawyer.id } })).toBe(0);
      expect(await prisma.refreshToken.count({ where: { userId: lawyer.id, revokedAt: null } })).toBe(0);
      const events = await prisma.auditEvent.findMany({
        where: { action: 'user.mfa_reset', recordId: lawyer.id },
        select: { actorId: true, recordType: true, details: true },
      });
      expect(events).toEqual([{ actorId: null, recordType: 'user', details: { via: 'cli' } }]);
    }, 60_000);

    it('exits 1 with one line for an unknown email', async () => {
      const failure = (await cli(`nobody-${randomUUID()}@identity.test`).then(
        () => null,
        (error: unknown) => error,
      )) as { code: number; stderr: string } | null;
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
      expect(failure?.stderr).toContain('no user with email');
    }, 60_000);
  });
});
