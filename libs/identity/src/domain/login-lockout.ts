/**
 * Lockout policy: 5 failed logins on one account within 15 minutes lock it for 15 minutes. Per
 * address, a wider limit slows down guessing across many accounts from one place.
 */
export const LOCKOUT_POLICY = {
  accountMaxFailures: 5,
  accountWindowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
  addressMaxFailures: 50,
  addressWindowSeconds: 15 * 60,
} as const;

export interface FailureCounts {
  account: number;
  address: number;
}

export function shouldLockAccount(counts: FailureCounts): boolean {
  return counts.account >= LOCKOUT_POLICY.accountMaxFailures;
}

export function addressIsThrottled(counts: FailureCounts): boolean {
  return counts.address > LOCKOUT_POLICY.addressMaxFailures;
}
