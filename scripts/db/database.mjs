// Database-level helpers shared by the migration scripts, `npm start` and the test setup.
import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/pcr_desk';

export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The same server, another database (the maintenance database `postgres` by default). */
export function withDatabase(url, database = 'postgres') {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` if it does not exist. Returns true when it was created. */
export async function ensureDatabase(url) {
  const name = databaseName(url);
  return withAdminClient(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount > 0) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      if (error.code !== '42P04') throw error; // created concurrently by another process
      return false;
    }
    return true;
  });
}

/** Drops a database; refuses any whose name lacks "test" so a test run can never drop real data. */
export async function dropTestDatabase(url) {
  const name = databaseName(url);
  if (!name.includes('test')) throw new Error(`refusing to drop database "${name}": its name lacks "test"`);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
