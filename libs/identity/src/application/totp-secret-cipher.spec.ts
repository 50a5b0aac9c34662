import { TotpSecretCipher } from './totp-secret-cipher';

const config = {
  jwtSecret: 'a-test-secret-of-enough-length-000000',
  accessTokenTtlSeconds: 900,
  refreshTokenTtlDays: 14,
};

describe('TotpSecretCipher', () => {
  const cipher = new TotpSecretCipher(config);
  const secret = Buffer.from('12345678901234567890');

  it('round-trips a secret through a v1 envelope with a fresh iv each time', () => {
    const a = cipher.encrypt(secret);
    const b = cipher.encrypt(secret);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a)).toEqual(secret);
  });

  it('refuses a tampered envelope, another key and an unknown key id', () => {
    const [id, iv, tag, data] = cipher.encrypt(secret).split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
    const other = new TotpSecretCipher({ ...config, jwtSecret: 'another-secret-of-enough-length-1111' });
    expect(() => other.decrypt([id, iv, tag, data].join(':'))).toThrow();
    expect(() => cipher.decrypt(['v9', iv, tag, data].join(':'))).toThrow(/unknown/);
  });
});
