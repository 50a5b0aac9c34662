import { createHash, randomBytes } from 'node:crypto';
import { base32Encode } from './totp';
import { normalizeRecoveryCode, RECOVERY_CODE_COUNT } from '../domain/second-factor-policy';

/** Ten single-use codes of 50 random bits each (`xxxxx-xxxxx`), shown once, stored as SHA-256. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const text = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}
