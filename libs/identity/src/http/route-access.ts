import { SetMetadata } from '@nestjs/common';
import type { Role } from '../domain/role';

export const IS_PUBLIC = 'pcr:identity:public';
export const ROLES = 'pcr:identity:roles';

/** Anyone may call this route, signed in or not. Use sparingly: the default is deny. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Signed-in users with one of these roles may call this route (record-level checks stay in use cases). */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES, roles);

export type RouteAccess = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'undeclared' };

/** The access rule of a handler: the method's own declaration wins over its controller's. */
export function routeAccess(handler: object, controller: object): RouteAccess {
  for (const target of [handler, controller]) {
    if (Reflect.getMetadata(IS_PUBLIC, target) === true) return { kind: 'public' };
    const roles = Reflect.getMetadata(ROLES, target) as Role[] | undefined;
    if (roles && roles.length > 0) return { kind: 'roles', roles };
  }
  return { kind: 'undeclared' };
}
