import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AppError, createValidationPipe } from '@pcr/platform';
import type { FastifyRequest } from 'fastify';
import { LoginDto } from './auth.dto';

/**
 * Runs the local strategy on POST /auth/login. Guards run before pipes, so the body is validated
 * here first (same pipe, same 400 answer) rather than letting Passport see a malformed body.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    await this.validation.transform(request.body, { type: 'body', metatype: LoginDto });
    return super.canActivate(context) as Promise<boolean>;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error) throw error;
    if (error) throw new AppError('UNAUTHENTICATED', 'The email or password is wrong.');
    if (!user) throw new AppError('UNAUTHENTICATED', 'The email or password is wrong.');
    return user;
  }

  override getAuthenticateOptions() {
    return { session: false };
  }
}
