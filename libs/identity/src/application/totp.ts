import { createHmac } from 'node:crypto';

/** RFC 6238 TOTP as used here: HMAC-SHA-1, 6 digits, 30-second steps, ±1 step of clock drift. */
export const TOTP_POLICY = { digits: 6, stepSeconds: 30, driftSteps: 1, secretBytes: 20 } as const;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (what authenticator apps expect in an otpauth URI). */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP with dynamic truncation; `digits` up to 8. */
export function hotp(secret: Buffer, counter: bigint, digits: number = TOTP_POLICY.digits): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totpStep(unixMs: number): bigint {
  return BigInt(Math.floor(unixMs / 1000 / TOTP_POLICY.stepSeconds));
}

export function totpAt(secret: Buffer, unixMs: number, digits: number = TOTP_POLICY.digits): string {
  return hotp(secret, totpStep(unixMs), digits);
}

/**
 * The time step a code matches within ±1 step of `unixMs`, or null. A step at or before
 * `lastUsedStep` never matches: each code is usable once (the caller records the step atomically).
 */
export function matchTotp(secret: Buffer, code: string, unixMs: number, lastUsedStep: bigint | null): bigint | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = totpStep(unixMs);
  let matched: bigint | null = null;
  for (let drift = -TOTP_POLICY.driftSteps; drift <= TOTP_POLICY.driftSteps; drift++) {
    const step = now + BigInt(drift);
    // Compare every candidate (no early exit) so timing does not tell which step matched.
    if (constantTimeEqual(hotp(secret, step), code) && matched === null) matched = step;
  }
  if (matched === null || (lastUsedStep !== null && matched <= lastUsedStep)) return null;
  return matched;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function otpauthUri(secretBase32: string, accountName: string, issuer = 'PCR Desk'): string {
  const label = encodeURIComponent(`${issuer}:${accountName}`);
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_POLICY.digits),
    period: String(TOTP_POLICY.stepSeconds),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
