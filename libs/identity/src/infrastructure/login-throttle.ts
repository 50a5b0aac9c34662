import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, LOGGER, type Logger, redisOptions } from '@pcr/platform';
import { Redis } from 'ioredis';
import { LOCKOUT_POLICY } from '../domain/login-lockout';

export interface ThrottleState {
  /** Milliseconds left on the account lock, 0 when not locked. */
  lockMs: number;
  addressFailures: number;
}

export interface FailureOutcome {
  accountFailures: number;
  addressFailures: number;
  /** True when this failure started a lock. */
  lockedNow: boolean;
  lockMs: number;
}

// KEYS: account lock, address failures.
const STATE_SCRIPT = `
local lock = redis.call('PTTL', KEYS[1])
local addr = tonumber(redis.call('GET', KEYS[2]) or '0')
return { lock, addr }`;

// KEYS: account failures, account lock, address failures. ARGV: account window ms, address window
// ms, max account failures, lock ms. One atomic step, so concurrent failures cannot skip the lock.
const FAILURE_SCRIPT = `
local acct = redis.call('INCR', KEYS[1])
if acct == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local addr = redis.call('INCR', KEYS[3])
if addr == 1 then redis.call('PEXPIRE', KEYS[3], ARGV[2]) end
local locked = 0
if acct >= tonumber(ARGV[3]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
  redis.call('DEL', KEYS[1])
  locked = 1
end
return { acct, addr, locked, redis.call('PTTL', KEYS[2]) }`;

/**
 * Failed-login counters and account locks in Redis, so they hold across api instances and
 * restarts. Keys carry a hash of the normalised email / address, never the value itself. Unknown
 * emails are counted like known ones, so a lock reveals nothing about which accounts exist.
 * Unlike the public rate limiter this fails closed: an unreachable Redis must not switch the
 * lockout off, so login answers 503 until it is back.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.redis = new Redis({ ...redisOptions(config.redis.url, 'probe'), lazyConnect: true });
    this.redis.on('error', () => undefined); // reported per call below
  }

  async state(email: string, address: string): Promise<ThrottleState> {
    const keys = this.keys(email, address);
    const [lockMs, addressFailures] = (await this.run(() =>
      this.redis.eval(STATE_SCRIPT, 2, keys.accountLock, keys.addressFailures),
    )) as [number, number];
    return { lockMs: Math.max(0, lockMs), addressFailures };
  }

  async recordFailure(email: string, address: string): Promise<FailureOutcome> {
    const keys = this.keys(email, address);
    const [accountFailures, addressFailures, locked, lockMs] = (await this.run(() =>
      this.redis.eval(
        FAILURE_SCRIPT,
        3,
        keys.accountFailures,
        keys.accountLock,
        keys.addressFailures,
        String(LOCKOUT_POLICY.accountWindowSeconds * 1000),
        String(LOCKOUT_POLICY.addressWindowSeconds * 1000),
        String(LOCKOUT_POLICY.accountMaxFailures),
        String(LOCKOUT_POLICY.lockSeconds * 1000),
      ),
    )) as [number, number, number, number];
    return { accountFailures, addressFailures, lockedNow: locked === 1, lockMs: Math.max(0, lockMs) };
  }

  /** A successful login forgets the account's earlier failures. */
  async reset(email: string, address: string): Promise<void> {
    await this.run(() => this.redis.del(this.keys(email, address).accountFailures));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private keys(email: string, address: string) {
    const base = `${this.config.redis.queuePrefix}:login`;
    const account = digest(email);
    return {
      accountFailures: `${base}:account-failures:${account}`,
      accountLock: `${base}:account-lock:${account}`,
      addressFailures: `${base}:address-failures:${digest(address)}`,
    };
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      return await command();
    } catch {
      this.logger.warn({ component: 'login-throttle' }, 'Redis unavailable: logins refused');
      throw new AppError('SERVICE_UNAVAILABLE', 'Sign-in is temporarily unavailable; try again shortly.');
    }
  }
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
