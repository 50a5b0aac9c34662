import type { Role } from './role';

/** The user a request acts as, attached by the JWT strategy after checking active + token version. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  tokenVersion: number;
  /** The session passed a second factor (or, after a refresh, the user has one enabled). */
  mfa: boolean;
}
