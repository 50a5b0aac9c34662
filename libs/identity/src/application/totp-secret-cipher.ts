import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_CONFIG, type IdentityConfig } from './identity-config';

const KEY_ID = 'v1';
const HKDF_INFO = 'pcr-desk/totp-secret/v1';

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM; the envelope `v1:<iv>:<tag>:<ciphertext>`
 * (base64) names its key, so keys can rotate later. Interim key: HKDF-SHA256 of the JWT secret
 * (info `pcr-desk/totp-secret/v1`) until a dedicated DATA_ENCRYPTION_KEYS setting exists.
 */
@Injectable()
export class TotpSecretCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(@Inject(IDENTITY_CONFIG) config: IdentityConfig) {
    const key = Buffer.from(hkdfSync('sha256', config.jwtSecret, Buffer.alloc(0), HKDF_INFO, 32));
    this.keys = new Map([[KEY_ID, key]]);
  }

  encrypt(secret: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(KEY_ID), iv);
    const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
    return [KEY_ID, iv, cipher.getAuthTag(), ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
      .join(':');
  }

  /** Throws on a tampered envelope or an unknown key id (GCM authenticates the ciphertext). */
  decrypt(envelope: string): Buffer {
    const [keyId, iv, tag, ciphertext] = envelope.split(':');
    if (!keyId || !iv || !tag || ciphertext === undefined) throw new Error('malformed TOTP secret envelope');
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]);
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`unknown TOTP secret key id ${keyId}`);
    return key;
  }
}
