/** The four roles of PCR Desk (mirrors the Prisma `Role` enum; domain code stays free of Prisma). */
export const ROLES = ['ADMIN', 'LAWYER', 'PARALEGAL', 'CLIENT'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
