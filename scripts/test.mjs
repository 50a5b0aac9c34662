// `npm test`: every test (unit, integration, end-to-end) against the real PostgreSQL and Redis.
// Each run gets its own database (its name contains "test") migrated once and dropped at the end,
// and its own Redis key prefix, removed at the end. Extra arguments go to Jest, e.g.
// `npm test -- libs/db/src/migrations.int-spec.ts`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { databaseUrl, dropTestDatabase, withDatabase } from './db/database.mjs';
import { checkServices } from './services.mjs';

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const baseDatabaseUrl = databaseUrl();
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const testDatabaseUrl = withDatabase(baseDatabaseUrl, `pcr_desk_test_${runId}`);
const queuePrefix = `{pcr-test-${runId}}`;

const problems = await checkServices({ databaseUrl: baseDatabaseUrl, redisUrl });
if (problems.length > 0) {
  for (const line of problems) console.error(line);
  process.exit(1);
}

const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: queuePrefix,
  TEST_RUN_ID: runId,
  LOG_LEVEL: process.env.LOG_LEVEL || 'silent',
};

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

async function removeRedisKeys() {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

let status = run(process.execPath, ['--experimental-wasm-modules', '--no-warnings', 'scripts/db/migrate.mjs']);
if (status === 0) {
  status = run(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)]);
}
await dropTestDatabase(testDatabaseUrl).catch((e) => console.error(`could not drop ${testDatabaseUrl}: ${e.message}`));
await removeRedisKeys().catch((e) => console.error(`could not clean Redis keys ${queuePrefix}*: ${e.message}`));
process.exit(status);
