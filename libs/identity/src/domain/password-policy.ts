/**
 * Password rules. argon2id at OWASP's baseline (m=19456 KiB, t=2, p=1): anything weaker would let
 * a stolen table be cracked on GPUs; stronger costs login latency on a 2-core host.
 */
export const PASSWORD_MIN_LENGTH = 12;

export const ARGON2ID_POLICY = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface HashParameters {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** True when a stored hash was made with weaker parameters than the policy (rehash on next login). */
export function isWeakerThanPolicy(stored: HashParameters): boolean {
  return (
    stored.memoryCost < ARGON2ID_POLICY.memoryCost ||
    stored.timeCost < ARGON2ID_POLICY.timeCost ||
    stored.parallelism < ARGON2ID_POLICY.parallelism
  );
}

export function isLongEnough(password: string): boolean {
  // Count code points, not UTF-16 units: an emoji is one character to the person typing it.
  return [...password].length >= PASSWORD_MIN_LENGTH;
}
