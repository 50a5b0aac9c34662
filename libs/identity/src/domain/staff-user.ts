import type { Role } from './role';

/** Roles an admin creates directly; clients sign up or are invited. */
export const STAFF_ROLES = ['ADMIN', 'LAWYER', 'PARALEGAL'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Same shape as the platform's FieldError (domain code imports no framework). */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export interface LawyerFields {
  lawSociety?: string | null;
  licenceNumber?: string | null;
  goodStanding?: boolean;
}

const LAWYER_FIELDS = ['lawSociety', 'licenceNumber', 'goodStanding'] as const;

/**
 * Lawyer fields belong to lawyers only; a new lawyer needs a law society and a licence number.
 * Answers the field errors (empty when the fields fit the role).
 */
export function lawyerFieldErrors(role: Role, fields: LawyerFields, creating: boolean): FieldProblem[] {
  if (role !== 'LAWYER') {
    return LAWYER_FIELDS.filter((name) => fields[name] !== undefined).map((name) => ({
      path: name,
      code: 'LAWYERS_ONLY',
      message: `${name} applies to lawyers only`,
    }));
  }
  const required = creating ? (['lawSociety', 'licenceNumber'] as const) : [];
  const errors: FieldProblem[] = required
    .filter((name) => !fields[name])
    .map((name) => ({ path: name, code: 'REQUIRED', message: `${name} is required for a lawyer` }));
  for (const name of ['lawSociety', 'licenceNumber'] as const) {
    if (!creating && fields[name] === null)
      errors.push({ path: name, code: 'REQUIRED', message: `${name} cannot be cleared` });
  }
  return errors;
}
