import { Injectable } from '@nestjs/common';
import type { PrismaService, Tx } from '@pcr/db';
import type { Role } from '../domain/role';

export interface ManagedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  mfaEnabled: boolean;
  lawSociety: string | null;
  licenceNumber: string | null;
  goodStanding: boolean;
  version: number;
  createdAt: Date;
}

export interface NewStaffUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  lawSociety: string | null;
  licenceNumber: string | null;
  goodStanding: boolean;
}

export interface UserChanges {
  displayName?: string;
  active?: boolean;
  lawSociety?: string | null;
  licenceNumber?: string | null;
  goodStanding?: boolean;
}

export interface UserListQuery {
  role?: Role;
  active?: boolean;
  afterId?: string;
  take: number;
}

const SELECT = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  active: true,
  totpEnabledAt: true,
  lawSociety: true,
  licenceNumber: true,
  goodStanding: true,
  version: true,
  createdAt: true,
} as const;

type Row = Omit<ManagedUser, 'mfaEnabled'> & { totpEnabledAt: Date | null };

function toManaged({ totpEnabledAt, ...rest }: Row): ManagedUser {
  return { ...rest, mfaEnabled: totpEnabledAt !== null };
}

/** Users as an admin manages them. Emails arrive normalised (lower-case): the unique index holds. */
@Injectable()
export class UserAdminRepository {
  /** False when the email is taken (unique violation). */
  async insert(tx: Tx, user: NewStaffUser): Promise<ManagedUser | null> {
    try {
      return toManaged(await tx.user.create({ data: user, select: SELECT }));
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async findById(db: Tx | PrismaService, id: string): Promise<ManagedUser | null> {
    const row = await db.user.findUnique({ where: { id }, select: SELECT });
    return row ? toManaged(row) : null;
  }

  /** One page in (createdAt, id) order, starting after the user `afterId`. */
  async list(db: PrismaService, query: UserListQuery): Promise<ManagedUser[]> {
    const rows = await db.user.findMany({
      where: { role: query.role, active: query.active },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: query.take,
      ...(query.afterId ? { cursor: { id: query.afterId }, skip: 1 } : {}),
      select: SELECT,
    });
    return rows.map(toManaged);
  }

  /**
   * Applies the changes only if the row still has `expectedVersion` (optimistic concurrency);
   * bumps the version and, when asked, the token version. False when the version is stale.
   */
  async update(
    tx: Tx,
    id: string,
    expectedVersion: number,
    changes: UserChanges,
    bumpTokenVersion: boolean,
  ): Promise<boolean> {
    const result = await tx.user.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...changes,
        version: { increment: 1 },
        ...(bumpTokenVersion ? { tokenVersion: { increment: 1 } } : {}),
      },
    });
    return result.count === 1;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
