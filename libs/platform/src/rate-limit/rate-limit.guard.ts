import { type CanActivate, type ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config';
import { AppError } from '../errors/app-error';
import { RateLimiter } from './rate-limiter.service';

export interface RateLimitPolicy {
  bucket: string;
  /** Read from the validated config, so each limit is set in one place. */
  limit: (config: AppConfig) => number;
  windowSeconds: number;
}

const RATE_LIMIT = 'pcr:rate-limit';

/** Limits a route per client address (Fastify's request.ip honours TRUST_PROXY). */
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT, policy);

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const decision = await this.limiter.hit(policy.bucket, request.ip, policy.limit(this.config), policy.windowSeconds);
    if (!decision.allowed) {
      throw new AppError('RATE_LIMITED', `Too many requests; retry in ${decision.retryAfterSeconds} s.`, undefined, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return true;
  }
}
