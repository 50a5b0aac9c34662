import { SetMetadata } from '@nestjs/common';

/*
 * Who may call a route, declared on every controller method or class. The global guard of
 * libs/identity enforces it (deny by default); the declarations live here so any feature lib can
 * use them without depending on identity.
 */

/** The four roles of PCR Desk (mirrors the Prisma `Role` enum). */
export const ROLE_NAMES = ['ADMIN', 'LAWYER', 'PARALEGAL', 'CLIENT'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export const IS_PUBLIC = 'pcr:identity:public';
export const ROLES_METADATA = 'pcr:identity:roles';

/** Anyone may call this route, signed in or not. Use sparingly: the default is deny. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Signed-in users with one of these roles may call this route (record-level checks stay in use cases). */
export const Roles = (...roles: [RoleName, ...RoleName[]]) => SetMetadata(ROLES_METADATA, roles);
