// Demo data for a development database, seeded by `npm start` on first run (when there are no
// users yet): one user per role, with fresh random passwords printed once. Production refuses.
// Second factors for the demo lawyer and admin arrive with TOTP enrolment (identity issue).
import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';

// OWASP's argon2id baseline; identity's password hasher uses the same or stronger.
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const DEMO_USERS = [
  { role: 'ADMIN', email: 'admin@pcr-desk.test', displayName: 'Ada Admin' },
  {
    role: 'LAWYER',
    email: 'lawyer@pcr-desk.test',
    displayName: 'Léa Tremblay-Lawyer',
    lawSociety: 'Law Society of Ontario',
    licenceNumber: 'LSO-DEMO-12345',
  },
  { role: 'PARALEGAL', email: 'paralegal@pcr-desk.test', displayName: 'Pat Paralegal' },
  { role: 'CLIENT', email: 'client@pcr-desk.test', displayName: 'Zoë Łukasz-Núñez' },
];

function password() {
  return randomBytes(12).toString('base64url'); // 16 characters
}

/** Seeds the demo users into an empty user table. Returns them with their passwords, or [] when not empty. */
export async function seedDemo(databaseUrl, env = process.env.NODE_ENV ?? 'development') {
  if (env === 'production') throw new Error('refusing to seed demo users in production');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE app_user IN EXCLUSIVE MODE'); // two starts at once seed once
    const { rows } = await client.query('SELECT count(*)::int AS n FROM app_user');
    if (rows[0].n > 0) {
      await client.query('ROLLBACK');
      return [];
    }
    const seeded = [];
    for (const user of DEMO_USERS) {
      const plain = password();
      await client.query(
        `INSERT INTO app_user (id, email, display_name, role, password_hash, email_verified_at, law_society,
           licence_number, good_standing, updated_at)
         VALUES ($1, $2, $3, $4, $5, now(), $6, $7, $8, now())`,
        [
          randomUUID(),
          user.email,
          user.displayName,
          user.role,
          await hash(plain, ARGON2),
          user.lawSociety ?? null,
          user.licenceNumber ?? null,
          user.role === 'LAWYER',
        ],
      );
      seeded.push({ ...user, password: plain });
    }
    await client.query('COMMIT');
    return seeded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export function printDemoUsers(users) {
  if (users.length === 0) return;
  console.log('\nDemo users (development only; passwords are shown once):');
  for (const u of users) console.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(26)} ${u.password}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  seedDemo(url)
    .then((users) => {
      if (process.argv.includes('--json')) console.log(JSON.stringify(users));
      else printDemoUsers(users);
      process.exit(0);
    })
    .catch((error) => {
      console.error(`seed failed: ${error.message}`);
      process.exit(1);
    });
}
