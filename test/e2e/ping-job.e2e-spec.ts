import { getQueueToken } from '@nestjs/bullmq';
import { PrismaService } from '@pcr/db';
import { PING_JOB } from '@pcr/ops';
import type { Queue } from 'bullmq';
import { startApi, type RunningApi } from '../support/api-harness';
import { eventually } from '../support/poll';
import { spawnWorker, type WorkerProcess } from '../support/worker-process';

describe('system.ping goes API -> Redis -> worker -> PostgreSQL', () => {
  let api: RunningApi;
  let worker: WorkerProcess | null = null;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await api.close();
  });

  async function requestPing(workMs: number): Promise<{ pingId: string; jobId: string }> {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: { 'x-ops-token': api.config.opsToken, 'content-type': 'application/json' },
      body: JSON.stringify({ workMs }),
    });
    expect(response.status).toBe(202);
    return (await response.json()) as { pingId: string; jobId: string };
  }

  async function pingStatus(pingId: string): Promise<{ status: string; processedAt: string | null }> {
    const response = await fetch(`${api.url}/api/v1/ops/ping/${pingId}`, {
      headers: { 'x-ops-token': api.config.opsToken },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { status: string; processedAt: string | null };
  }

  it('records the ping in PostgreSQL through the real worker process', async () => {
    const { pingId, jobId } = await requestPing(0);
    expect(jobId).toBe(`system-ping__${pingId}`);
    expect((await pingStatus(pingId)).status).toBe('pending');

    worker = spawnWorker();
    await worker.waitForLog(/worker ready/);
    const done = await eventually(async () => {
      const s = await pingStatus(pingId);
      return s.status === 'done' ? s : undefined;
    });
    expect(done.processedAt).toEqual(expect.any(String));
    const rows = await api.app.get(PrismaService).systemPing.count({ where: { id: pingId } });
    expect(rows).toBe(1);
  });

  it('finishes the active job when the worker gets SIGTERM mid-job, losing nothing', async () => {
    if (!worker) throw new Error('the previous test starts the worker');
    const { pingId, jobId } = await requestPing(2500);
    const queue = api.app.get<Queue>(getQueueToken(PING_JOB.queue));
    await eventually(async () => ((await queue.getJobState(jobId)) === 'active' ? true : undefined));
    expect((await pingStatus(pingId)).status).toBe('pending');
    worker.child.kill('SIGTERM');
    const code = await worker.exited;
    expect(code).toBe(0);
    expect((await pingStatus(pingId)).status).toBe('done');
    expect(worker.logs.join('\n')).toContain('worker stopping');
    worker = null;
  });
});
