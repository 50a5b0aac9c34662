import type { Role } from './role';

/** Roles that must enrol a TOTP second factor; until they do, they may only set it up. */
export const SECOND_FACTOR_REQUIRED_ROLES: readonly Role[] = ['LAWYER', 'ADMIN'];

/** A LAWYER or ADMIN whose session passed no second factor is held to the setup routes (403 elsewhere). */
export function mustSetUpSecondFactor(user: { role: Role; mfa: boolean }): boolean {
  return SECOND_FACTOR_REQUIRED_ROLES.includes(user.role) && !user.mfa;
}

export const RECOVERY_CODE_COUNT = 10;

/** Recovery codes are compared case- and dash-insensitively: `abcde-fghij` equals `ABCDEFGHIJ`. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
