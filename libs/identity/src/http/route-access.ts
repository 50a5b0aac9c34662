import { SetMetadata } from '@nestjs/common';
import type { Role } from '../domain/role';

export const IS_PUBLIC = 'pcr:identity:public';
export const ROLES = 'pcr:identity:roles';

/** Anyone may call this route, signed in or not. Use sparingly: the default is deny. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Signed-in users with one of these roles may call this route (record-level checks stay in use cases). */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES, roles);

export const DURING_SECOND_FACTOR_SETUP = 'pcr:identity:second-factor-setup';

/**
 * Also open to a LAWYER or ADMIN who has not set up the second factor yet (everything else answers
 * them 403 until they do): only the routes needed to set it up.
 */
export const AllowDuringSecondFactorSetup = () => SetMetadata(DURING_SECOND_FACTOR_SETUP, true);

export function allowsSecondFactorSetup(handler: object, controller: object): boolean {
  return [handler, controller].some((target) => Reflect.getMetadata(DURING_SECOND_FACTOR_SETUP, target) === true);
}

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
