export { IdentityModule } from './identity.module';
export { Public, Roles, routeAccess, type RouteAccess } from './http/route-access';
export { CurrentUser } from './http/current-user.decorator';
export { findUndeclaredRoutes, type UndeclaredRoute } from './http/route-declarations';
export { PasswordHasher } from './application/password-hasher';
export { ROLES, isRole, type Role } from './domain/role';
export type { AuthenticatedUser } from './domain/authenticated-user';
