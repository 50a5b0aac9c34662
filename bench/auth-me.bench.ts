/**
 * GET /api/v1/auth/me with a valid token (JWT check + one indexed user lookup + the guard) beside a
 * bare Fastify route doing the same single indexed lookup with pg, side by side in one run.
 * Target (issue 4): the api reaches >= 50 % of the bare route's requests per second.
 * Run: npm run bench:auth-me (needs PostgreSQL and Redis; uses the development database and
 * removes the user it creates).
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { load, startApi, startProcess, TABLE_HEADER, tableRow } from './support/processes';

const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/pcr_desk';

const BARE = `
  const { Pool } = require('pg');
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = require('fastify')({ logger: false });
  app.get('/me/:id', async (req) => {
    const { rows } = await pool.query('SELECT id, email, display_name, role, active FROM app_user WHERE id = $1', [req.params.id]);
    return rows[0];
  });
  app.listen({ port: 3903, host: '127.0.0.1' }).then(() => console.log('bare ready'));`;

async function main(): Promise<void> {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  const id = randomUUID();
  const email = `bench-${id}@pcr-desk.test`;
  const password = `bench-password-${id}`;
  await db.query(
    `INSERT INTO app_user (id, email, display_name, role, password_hash, email_verified_at, updated_at)
     VALUES ($1, $2, 'Bench User', 'CLIENT', $3, now(), now())`,
    [id, email, await hash(password)],
  );
  const bare = await startProcess(['-e', BARE], { DATABASE_URL }, /bare ready/);
  const api = await startApi(3904, { DATABASE_URL }).catch((error: unknown) => {
    bare.kill();
    throw error;
  });
  try {
    const login = await fetch('http://127.0.0.1:3904/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const bareResult = await load({ url: `http://127.0.0.1:3903/me/${id}` });
    const meResult = await load({
      url: 'http://127.0.0.1:3904/api/v1/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    console.log(`\n${TABLE_HEADER}`);
    console.log(tableRow('bare Fastify + pg, one indexed lookup', bareResult));
    console.log(tableRow('GET /api/v1/auth/me (JWT, guard, lookup)', meResult));
    const ratio = (100 * meResult.requests.average) / bareResult.requests.average;
    console.log(`\n/auth/me / bare: ${ratio.toFixed(0)} % (target >= 50 %)`);
  } finally {
    bare.kill();
    api.kill();
    await db.query('DELETE FROM refresh_token WHERE user_id = $1', [id]);
    await db.query('DELETE FROM app_user WHERE id = $1', [id]);
    await db.end();
  }
}

void main();
