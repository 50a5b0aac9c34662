import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PrismaService, Tx } from '@pcr/db';

export interface TotpState {
  email: string;
  secretEnc: string | null;
  enabled: boolean;
  lastStep: bigint | null;
}

type Db = Tx | PrismaService;

/** TOTP secrets, used steps and recovery codes. Every method runs in the caller's transaction. */
@Injectable()
export class SecondFactorRepository {
  async findTotpState(db: Db, userId: string): Promise<TotpState | null> {
    const row = await db.user.findUnique({
      where: { id: userId },
      select: { email: true, totpSecretEnc: true, totpEnabledAt: true, totpLastStep: true },
    });
    if (!row) return null;
    return {
      email: row.email,
      secretEnc: row.totpSecretEnc,
      enabled: row.totpEnabledAt !== null,
      lastStep: row.totpLastStep,
    };
  }

  /** A new, not yet enabled secret; refused (false) once TOTP is enabled. */
  async storePendingSecret(db: Db, userId: string, secretEnc: string): Promise<boolean> {
    const result = await db.user.updateMany({
      where: { id: userId, totpEnabledAt: null },
      data: { totpSecretEnc: secretEnc, totpLastStep: null },
    });
    return result.count === 1;
  }

  /**
   * Records `step` as used only if it is later than the last used one: one conditional UPDATE,
   * so two requests with one code cannot both pass. False when the step was already used.
   */
  async claimStep(db: Db, userId: string, step: bigint): Promise<boolean> {
    const result = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return result.count === 1;
  }

  async enable(tx: Tx, userId: string, at: Date, recoveryCodeHashes: string[]): Promise<void> {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: at }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodeHashes.map((codeHash) => ({ id: randomUUID(), userId, codeHash })),
    });
  }

  /** Marks an unused code used; false when there is no such unused code (single use, race-safe). */
  async useRecoveryCode(tx: Tx, userId: string, codeHash: string, at: Date): Promise<boolean> {
    const result = await tx.recoveryCode.updateMany({
      where: { userId, codeHash, usedAt: null },
      data: { usedAt: at },
    });
    return result.count === 1;
  }

  /** Clears TOTP and recovery codes and bumps the token version (older access tokens die). */
  async reset(tx: Tx, userId: string): Promise<void> {
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null, tokenVersion: { increment: 1 } },
      select: { id: true },
    });
  }
}
