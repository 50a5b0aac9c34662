import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { testConfig } from '@pcr/testing';

const ROOT = resolve(__dirname, '../../..');

function runNodeScript(script: string, databaseUrl: string, args: string[] = []): string {
  return execFileSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
}

function databaseUrl(name: string): string {
  const url = new URL(testConfig().database.url);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('migrations (offline, Prisma-compatible)', () => {
  // A database of its own: this suite creates it from nothing, as `npm run db:migrate` would.
  const url = databaseUrl(`${new URL(testConfig().database.url).pathname.slice(1)}_migrations`);

  afterAll(async () => {
    await withClient(databaseUrl('postgres'), (c) =>
      c.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`),
    );
  });

  it('creates the database and the schema on an empty server, then changes nothing on a second run', async () => {
    const first = runNodeScript('scripts/db/migrate.mjs', url);
    expect(first).toContain('database created');
    expect(first).toMatch(/applied \d+ migration/);
    const second = runNodeScript('scripts/db/migrate.mjs', url);
    expect(second).toContain('database schema is up to date');
    const names = await withClient(url, (c) =>
      c.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1',
      ),
    );
    // Recorded by directory name, exactly as `prisma migrate deploy` records them.
    expect(names.rows.map((r) => r.migration_name)).toEqual(expect.arrayContaining(['20261125093906_init']));
    expect(names.rows.every((r) => /^\d{14}_[a-z0-9_]+$/.test(r.migration_name))).toBe(true);
  });

  it('has no drift: the migrations produce exactly prisma/schema.prisma', () => {
    // The check replays every migration on a shadow database and diffs it with the schema.
    expect(runNodeScript('scripts/db/new-migration.mjs', url, ['--check'])).toContain('no drift');
  });

  it('keeps SQL-only objects written by hand in a migration', async () => {
    await withClient(url, async (c) => {
      const ext = await c.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
      expect(ext.rowCount).toBe(1);
      const trigger = await c.query("SELECT 1 FROM pg_trigger WHERE tgname = 'system_ping_append_only'");
      expect(trigger.rowCount).toBe(1);
      await c.query(
        "INSERT INTO system_ping (id, requested_at, processed_by) VALUES (gen_random_uuid(), now(), 'test')",
      );
      await expect(c.query('DELETE FROM system_ping')).rejects.toThrow(/append-only/);
    });
  });
});
