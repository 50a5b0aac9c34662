import { SetMetadata } from '@nestjs/common';
import { IS_PUBLIC, Public, Roles, ROLES_METADATA } from '@pcr/platform';
import type { Role } from '../domain/role';

// The declarations themselves live in libs/platform so every feature lib can use them.
export { Public, Roles };

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
    const roles = Reflect.getMetadata(ROLES_METADATA, target) as Role[] | undefined;
    if (roles && roles.length > 0) return { kind: 'roles', roles };
  }
  return { kind: 'undeclared' };
}
