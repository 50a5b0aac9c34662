import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import type { RequestContext } from '../application/auth-context';

type RequestWithUser = FastifyRequest & { user?: AuthenticatedUser };

/** The user the access guard (or the local strategy) attached to the request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});

/** Address and request id, for throttling and the audit trail. */
export const RequestMeta = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(context.switchToHttp().getRequest()),
);

export function requestContextOf(request: FastifyRequest): RequestContext {
  return { ip: request.ip, requestId: String(request.id) };
}
