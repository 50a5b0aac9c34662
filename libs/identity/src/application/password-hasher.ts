import { Injectable } from '@nestjs/common';
import { Algorithm, hash, parseOptions, verify } from '@node-rs/argon2';
import { AppError } from '@pcr/platform';
import { ARGON2ID_POLICY, isLongEnough, PASSWORD_MIN_LENGTH, type HashParameters } from '../domain/password-policy';

/** argon2id hashing at the policy's parameters; the PHC string carries them, so old hashes still verify. */
@Injectable()
export class PasswordHasher {
  async hash(password: string): Promise<string> {
    if (!isLongEnough(password)) {
      throw AppError.validation(
        [{ path: 'password', code: 'MIN_LENGTH', message: `at least ${PASSWORD_MIN_LENGTH} characters` }],
        'The password is too short.',
      );
    }
    return hash(password, { algorithm: Algorithm.Argon2id, ...ARGON2ID_POLICY });
  }

  /** False (never an error) for a malformed stored hash: a login must not reveal why it failed. */
  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  }

  parameters(storedHash: string): HashParameters & { algorithm: 'argon2id' | 'other' } {
    const parsed = parseOptions(storedHash);
    return {
      algorithm: parsed.algorithm === Algorithm.Argon2id ? 'argon2id' : 'other',
      memoryCost: parsed.memoryCost,
      timeCost: parsed.timeCost,
      parallelism: parsed.parallelism,
    };
  }
}
