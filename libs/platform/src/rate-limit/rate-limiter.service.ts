import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config';
import { LOGGER } from '../logging/logging.module';
import type { Logger } from '../logging/logger';
import { redisOptions } from '../queue/redis-options';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

// One atomic step: count the hit and start the window on the first one.
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { n, redis.call('PTTL', KEYS[1]) }`;

/**
 * Fixed-window counters in Redis, so limits hold across every api instance. Keys hold a hash of
 * the caller's address, never the address. If Redis is unreachable the request is allowed (a
 * public calculator should not go down with the queue) and the failure is logged.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.redis = new Redis({ ...redisOptions(config.redis.url, 'probe'), lazyConnect: true });
    this.redis.on('error', () => undefined); // reported per call below
  }

  async hit(bucket: string, caller: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const digest = createHash('sha256').update(caller).digest('hex').slice(0, 32);
    const key = `${this.config.redis.queuePrefix}:ratelimit:${bucket}:${digest}`;
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      const [count, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, key, String(windowSeconds * 1000))) as [
        number,
        number,
      ];
      return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    } catch {
      this.logger.warn({ bucket }, 'rate limiter unavailable: request allowed');
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
