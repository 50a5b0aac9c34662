import { startApi, type RunningApi } from '../support/api-harness';
import { ThrowawayPostgres, ThrowawayRedis } from '../support/throwaway-services';

// Stops and restarts private PostgreSQL and Redis servers (never the shared ones) under a running api.
describe('GET /health/ready follows PostgreSQL and Redis without a restart', () => {
  let redis: ThrowawayRedis;
  let postgres: ThrowawayPostgres;
  let api: RunningApi;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([ThrowawayRedis.start(), ThrowawayPostgres.start()]);
    // A bare cluster has no pcr_app role (the migrations create it); this test runs no migrations.
    api = await startApi({
      REDIS_URL: redis.url,
      DATABASE_URL: postgres.url('postgres_test'),
      DATABASE_APP_ROLE: 'none',
    });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
    postgres?.destroy();
  });

  async function ready(): Promise<{ status: number; ms: number; body: Record<string, unknown> }> {
    const started = Date.now();
    const response = await fetch(`${api.url}/api/v1/health/ready`);
    return {
      status: response.status,
      ms: Date.now() - started,
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  async function readyWithin(status: number, seconds: number) {
    const deadline = Date.now() + seconds * 1000;
    let last = await ready();
    while (last.status !== status && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      last = await ready();
    }
    return last;
  }

  it('answers 200 with both checks up', async () => {
    // The throwaway server has no postgres_test database: SELECT 1 needs one, so create it.
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: postgres.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE postgres_test');
    await admin.end();
    const result = await readyWithin(200, 10);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers 503 within 2 s when Redis stops, keeps other routes working, and recovers', async () => {
    await redis.stop();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(2000);
    expect(down.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      checks: { redis: { status: 'down' }, postgres: { status: 'up' } },
    });
    expect((await fetch(`${api.url}/api/v1/health`)).status).toBe(200);

    await redis.resume();
    expect((await readyWithin(200, 10)).status).toBe(200);
  });

  it('answers 503 within 2 s when PostgreSQL stops, and recovers', async () => {
    postgres.stop();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(2000);
    expect(down.body).toMatchObject({ checks: { postgres: { status: 'down' }, redis: { status: 'up' } } });
    expect((await fetch(`${api.url}/api/v1/health`)).status).toBe(200);

    postgres.resume();
    expect((await readyWithin(200, 15)).status).toBe(200);
  });
});
