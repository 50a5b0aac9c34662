import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { testConfig } from '@pcr/testing';
import { startApi, type RunningApi } from '../support/api-harness';

const ROOT = resolve(__dirname, '../..');

interface SeededUser {
  email: string;
  displayName: string;
  password: string;
}

// A database of its own, seeded exactly as `npm start` seeds a new development database.
function privacyDatabaseUrl(): string {
  const url = new URL(testConfig().database.url);
  url.pathname = `${url.pathname}_privacy`;
  return url.toString();
}

function runScript(script: string, databaseUrl: string, args: string[] = []): string {
  return execFileSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
    encoding: 'utf8',
  });
}

describe('no log line carries seeded personal data', () => {
  const databaseUrl = privacyDatabaseUrl();
  let api: RunningApi;
  let seeded: SeededUser[];

  beforeAll(async () => {
    runScript('scripts/db/migrate.mjs', databaseUrl);
    seeded = JSON.parse(runScript('scripts/seed-demo.mjs', databaseUrl, ['--json'])) as SeededUser[];
    api = await startApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'debug' });
  });

  afterAll(async () => {
    await api?.close();
    const admin = new Client({ connectionString: new URL('/postgres', databaseUrl).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('seeds one demo user per role, only once', () => {
    expect(seeded.map((u) => u.email).sort()).toEqual([
      'admin@pcr-desk.test',
      'client@pcr-desk.test',
      'lawyer@pcr-desk.test',
      'paralegal@pcr-desk.test',
    ]);
    expect(JSON.parse(runScript('scripts/seed-demo.mjs', databaseUrl, ['--json']))).toEqual([]);
  });

  it('keeps seeded names, emails and passwords out of every log line while routes are used', async () => {
    const client = seeded.find((u) => u.email.startsWith('client'));
    if (!client) throw new Error('demo client missing');
    const opsHeaders = { 'x-ops-token': api.config.opsToken, 'content-type': 'application/json' };
    await fetch(`${api.url}/api/v1/health/ready?email=${encodeURIComponent(client.email)}`);
    await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: opsHeaders,
      body: JSON.stringify({ name: client.displayName }),
    });
    await fetch(`${api.url}/api/v1/assessments/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${client.password}` },
      body: JSON.stringify({ email: client.email, assessmentDate: '2026-11-25' }),
    });
    await fetch(`${api.url}/api/v1/${encodeURIComponent(client.displayName)}`);

    expect(api.logs.length).toBeGreaterThan(3);
    const text = api.logs.join('\n');
    for (const user of seeded) {
      for (const value of [user.email, user.displayName, encodeURIComponent(user.displayName), user.password]) {
        expect(text).not.toContain(value);
      }
    }
  });
});
