import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import type { Role } from '../domain/role';

export interface UserCredentials {
  id: string;
  role: Role;
  passwordHash: string | null;
  active: boolean;
  tokenVersion: number;
}

export interface UserAccess {
  role: Role;
  active: boolean;
  tokenVersion: number;
}

export interface UserProfile {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  mfaEnabled: boolean;
  lawSociety: string | null;
  licenceNumber: string | null;
  goodStanding: boolean;
}

@Injectable()
export class UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** `email` must already be normalised (lower-case): the column holds lower-case only. */
  async findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    return this.prisma.user.findUnique({
      where: { email },
      select: { id: true, role: true, passwordHash: true, active: true, tokenVersion: true },
    });
  }

  /** The one primary-key lookup per authenticated request: keep the select minimal. */
  async findAccess(userId: string): Promise<UserAccess | null> {
    return this.prisma.user.findUnique({
      where: { id: userId },
      select: { role: true, active: true, tokenVersion: true },
    });
  }

  async findProfile(userId: string): Promise<UserProfile | null> {
    const row = await this.prisma.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        displayName: true,
        role: true,
        totpEnabledAt: true,
        lawSociety: true,
        licenceNumber: true,
        goodStanding: true,
      },
    });
    if (!row) return null;
    const { totpEnabledAt, ...rest } = row;
    return { ...rest, mfaEnabled: totpEnabledAt !== null };
  }
}
