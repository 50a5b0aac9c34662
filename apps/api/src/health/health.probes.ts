import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import { APP_CONFIG, type AppConfig, redisOptions } from '@pcr/platform';
import { Redis } from 'ioredis';

export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
}

// Each probe answers within this budget so /health/ready answers within 2 s even when both hang.
const PROBE_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('probe timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function measure(check: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  try {
    await withTimeout(check(), PROBE_TIMEOUT_MS);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  }
}

@Injectable()
export class HealthProbes implements OnModuleDestroy {
  // Its own connection with no offline queue: a PING while Redis is down fails at once.
  private readonly redis: Redis;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis({ ...redisOptions(config.redis.url, 'probe'), lazyConnect: true });
    this.redis.on('error', () => {
      // Reported through the probe result; ioredis keeps reconnecting in the background.
    });
  }

  postgres(): Promise<CheckResult> {
    return measure(() => this.prisma.$queryRaw`SELECT 1`);
  }

  redisCheck(): Promise<CheckResult> {
    return measure(async () => {
      if (this.redis.status === 'wait') await this.redis.connect();
      await this.redis.ping();
    });
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
