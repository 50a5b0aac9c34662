import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Tx } from '@pcr/db';
import type { Role } from '../domain/role';

export interface LockedRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  userRole: Role;
  userActive: boolean;
  userTokenVersion: number;
  userMfaEnabled: boolean;
}

interface LockedRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  role: Role;
  active: boolean;
  token_version: number;
  mfa_enabled: boolean;
}

/** Refresh tokens by hash. Every method runs in the caller's transaction. */
@Injectable()
export class RefreshTokenRepository {
  async insert(tx: Tx, token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await tx.refreshToken.create({ data: { id: randomUUID(), ...token }, select: { id: true } });
  }

  /**
   * Locks the token row (FOR UPDATE OF rt) until the transaction ends, so two concurrent refreshes
   * with one token are serialised: the second sees `used_at` set and is treated as reuse.
   */
  async lockByHash(tx: Tx, tokenHash: string): Promise<LockedRefreshToken | null> {
    const rows = await tx.$queryRaw<LockedRow[]>`
      SELECT rt.id, rt.user_id, rt.family_id, rt.expires_at, rt.used_at, rt.revoked_at,
             u.role::text AS role, u.active, u.token_version,
             u.totp_enabled_at IS NOT NULL AS mfa_enabled
        FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id
       WHERE rt.token_hash = ${tokenHash}
       FOR UPDATE OF rt`;
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      familyId: row.family_id,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
      revokedAt: row.revoked_at,
      userRole: row.role,
      userActive: row.active,
      userTokenVersion: row.token_version,
      userMfaEnabled: row.mfa_enabled,
    };
  }

  async markUsed(tx: Tx, id: string, at: Date): Promise<void> {
    await tx.refreshToken.update({ where: { id }, data: { usedAt: at }, select: { id: true } });
  }

  /** Revokes every live token of the family; answers how many were revoked. */
  async revokeFamily(tx: Tx, familyId: string, at: Date): Promise<number> {
    const result = await tx.refreshToken.updateMany({
      where: { familyId, revokedAt: null },
      data: { revokedAt: at },
    });
    return result.count;
  }

  /** Ends every session of a user (MFA reset, deactivation). */
  async revokeAllOfUser(tx: Tx, userId: string, at: Date): Promise<number> {
    const result = await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } });
    return result.count;
  }

  async findFamilyByHash(tx: Tx, tokenHash: string): Promise<{ familyId: string; userId: string } | null> {
    return tx.refreshToken.findUnique({ where: { tokenHash }, select: { familyId: true, userId: true } });
  }
}
