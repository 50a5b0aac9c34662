import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import { base32Encode, otpauthUri, TOTP_POLICY } from './totp';
import { SecondFactorRepository } from '../infrastructure/second-factor.repository';
import { TotpSecretCipher } from './totp-secret-cipher';

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

/** Starts (or restarts) TOTP enrolment: a new secret, stored encrypted and not yet enabled. */
@Injectable()
export class EnrollTotpUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly secondFactor: SecondFactorRepository,
    private readonly cipher: TotpSecretCipher,
  ) {}

  async execute(userId: string): Promise<TotpEnrolment> {
    const state = await this.secondFactor.findTotpState(this.prisma, userId);
    if (!state) throw new AppError('UNAUTHENTICATED', 'The account no longer exists.');
    const secret = randomBytes(TOTP_POLICY.secretBytes);
    const stored = await this.secondFactor.storePendingSecret(this.prisma, userId, this.cipher.encrypt(secret));
    if (!stored || state.enabled) {
      throw new AppError('CONFLICT', 'A second factor is already enabled; an admin can reset it.');
    }
    const encoded = base32Encode(secret);
    return { secret: encoded, otpauthUri: otpauthUri(encoded, state.email) };
  }
}
