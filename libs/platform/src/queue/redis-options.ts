// BullMQ's own options type: ioredis 6 types retryStrategy as nullable, which BullMQ's does not.
import type { RedisOptions } from 'bullmq';

/**
 * ioredis options per role. Producers and probes fail fast while Redis is down
 * (enableOfflineQueue: false) so a request never waits on a dead Redis; workers keep BullMQ's
 * required blocking-connection settings and reconnect by themselves.
 */
export function redisOptions(url: string, role: 'producer' | 'worker' | 'probe'): RedisOptions {
  const parsed = new URL(url);
  const base: RedisOptions = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 2000,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
  };
  if (role === 'worker') return { ...base, maxRetriesPerRequest: null };
  return { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}
