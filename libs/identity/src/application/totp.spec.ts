import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpAt, totpStep } from './totp';

// RFC 6238 appendix B, SHA-1 rows: the seed is the ASCII string "12345678901234567890".
const SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_6238_SHA1: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238, SHA-1)', () => {
  it.each(RFC_6238_SHA1)('gives the RFC 8-digit value at T=%i', (seconds, expected) => {
    expect(totpAt(SEED, seconds * 1000, 8)).toBe(expected);
  });

  it.each(RFC_6238_SHA1)('gives the last 6 digits of the RFC value at T=%i', (seconds, expected) => {
    expect(totpAt(SEED, seconds * 1000)).toBe(expected.slice(-6));
  });

  it('accepts the previous, current and next step, and nothing further', () => {
    const now = 1_111_111_111_000;
    const step = totpStep(now);
    for (const drift of [-1n, 0n, 1n]) expect(matchTotp(SEED, hotp(SEED, step + drift), now, null)).toBe(step + drift);
    expect(matchTotp(SEED, hotp(SEED, step - 2n), now, null)).toBeNull();
    expect(matchTotp(SEED, hotp(SEED, step + 2n), now, null)).toBeNull();
  });

  it('refuses a code whose step was already used, or an earlier one', () => {
    const now = 1_111_111_111_000;
    const step = totpStep(now);
    expect(matchTotp(SEED, hotp(SEED, step), now, step)).toBeNull();
    expect(matchTotp(SEED, hotp(SEED, step - 1n), now, step - 1n)).toBeNull();
    expect(matchTotp(SEED, hotp(SEED, step + 1n), now, step)).toBe(step + 1n);
  });

  it('refuses malformed codes', () => {
    expect(matchTotp(SEED, '12345', Date.now(), null)).toBeNull();
    expect(matchTotp(SEED, 'abcdef', Date.now(), null)).toBeNull();
  });

  it('round-trips base32 (RFC 4648 example) and builds an otpauth URI', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode(base32Encode(SEED))).toEqual(SEED);
    expect(otpauthUri('MZXW6YTBOI', 'ada@example.com')).toBe(
      'otpauth://totp/PCR%20Desk%3Aada%40example.com?secret=MZXW6YTBOI&issuer=PCR+Desk&algorithm=SHA1&digits=6&period=30',
    );
  });
});
