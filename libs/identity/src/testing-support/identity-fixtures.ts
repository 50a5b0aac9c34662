import { randomBytes, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { PrismaService } from '@pcr/db';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../application/access-token.issuer';
import { PasswordHasher } from '../application/password-hasher';
import type { TotpSecretCipher } from '../application/totp-secret-cipher';
import { hotp, totpStep } from '../application/totp';
import type { Role } from '../domain/role';

/** For specs only. Test databases are shared between suites of a run: every email is unique. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(6).toString('hex')}@identity.test`;
}

export async function insertTestUser(
  prisma: PrismaService,
  options: { role?: Role; active?: boolean; email?: string } = {},
): Promise<TestUser> {
  const user = {
    id: randomUUID(),
    email: options.email ?? uniqueEmail('user'),
    password: `pw-${randomBytes(12).toString('base64url')}`,
    role: options.role ?? 'CLIENT',
  };
  await prisma.user.create({
    data: {
      id: user.id,
      email: user.email,
      displayName: `Test ${user.role}`,
      role: user.role,
      passwordHash: await new PasswordHasher().hash(user.password),
      active: options.active ?? true,
      ...(user.role === 'LAWYER' ? { lawSociety: 'Law Society of Ontario', licenceNumber: 'LSO-T-1' } : {}),
    },
    select: { id: true },
  });
  return user;
}

/** Signs an access token with chosen claims, key and algorithm: for the negative JWT cases. */
export function forgeAccessToken(
  payload: Record<string, unknown>,
  options: { secret: string; algorithm?: 'HS256' | 'HS384' | 'HS512' },
): string {
  return new JwtService().sign(payload, {
    secret: options.secret,
    algorithm: options.algorithm ?? 'HS256',
    issuer: ACCESS_TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
  });
}

/** An unsigned token (`alg: none`), which the api must refuse. */
export function unsignedAccessToken(payload: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iat: now, exp: now + 600, iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, ...payload })}.`;
}

/** Removes test users and their sessions (audit rows stay: the trail is append-only). */
export async function deleteTestUsers(prisma: PrismaService, userIds: string[]): Promise<void> {
  await prisma.refreshToken.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.recoveryCode.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
}

/** Gives a test user an enabled TOTP second factor (as if enrolled); answers the raw secret. */
export async function enableTestTotp(prisma: PrismaService, cipher: TotpSecretCipher, userId: string): Promise<Buffer> {
  const secret = randomBytes(20);
  await prisma.user.update({
    where: { id: userId },
    data: { totpSecretEnc: cipher.encrypt(secret), totpEnabledAt: new Date(), totpLastStep: null },
    select: { id: true },
  });
  return secret;
}

/** The TOTP code of the current step plus `ahead` steps (the server accepts ±1 step). */
export function testTotpCode(secret: Buffer, ahead = 0): string {
  return hotp(secret, totpStep(Date.now()) + BigInt(ahead));
}
