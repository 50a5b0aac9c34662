import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig } from '@pcr/platform';
import type { FastifyRequest } from 'fastify';

/** Static-token guard for operations endpoints until identity (roles) exists. */
@Injectable()
export class OpsTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['x-ops-token'];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    const expected = Buffer.from(this.config.opsToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('UNAUTHENTICATED', 'A valid X-Ops-Token header is required.');
    }
    return true;
  }
}
