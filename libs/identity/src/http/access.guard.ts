import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '@pcr/platform';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { mustSetUpSecondFactor } from '../domain/second-factor-policy';
import { allowsSecondFactorSetup, routeAccess } from './route-access';

/**
 * The global guard: deny by default. A route marked @Public() is open; a route with @Roles(...)
 * needs a valid access token (JWT strategy) of one of those roles; a route that declares neither
 * answers 403 to everyone, so a forgotten decorator fails closed. A LAWYER or ADMIN whose session
 * passed no second factor reaches only the routes marked @AllowDuringSecondFactorSetup().
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = routeAccess(context.getHandler(), context.getClass());
    if (access.kind === 'public') return true;
    if (access.kind === 'undeclared') throw new AppError('FORBIDDEN', 'This route is not open to anyone.');
    await (super.canActivate(context) as Promise<boolean>);
    const user = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedUser }>().user;
    if (!access.roles.includes(user.role)) throw new AppError('FORBIDDEN', 'Your role may not do this.');
    if (mustSetUpSecondFactor(user) && !allowsSecondFactorSetup(context.getHandler(), context.getClass())) {
      throw new AppError('FORBIDDEN', 'Your role needs a second factor: set up the second factor first.');
    }
    return true;
  }

  override handleRequest<TUser = AuthenticatedUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof AppError) throw error;
    if (error || !user) throw new AppError('UNAUTHENTICATED', 'A valid access token is required.');
    return user;
  }

  override getAuthenticateOptions() {
    return { session: false };
  }
}
