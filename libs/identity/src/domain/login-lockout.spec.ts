import { addressIsThrottled, LOCKOUT_POLICY, shouldLockAccount } from './login-lockout';
import { normalizeEmail } from './email';

describe('login lockout policy', () => {
  it('locks an account at the fifth failure within the window, for 15 minutes', () => {
    expect(shouldLockAccount({ account: 4, address: 4 })).toBe(false);
    expect(shouldLockAccount({ account: 5, address: 5 })).toBe(true);
    expect(LOCKOUT_POLICY.accountWindowSeconds).toBe(900);
    expect(LOCKOUT_POLICY.lockSeconds).toBe(900);
  });

  it('throttles an address only beyond its wider limit', () => {
    expect(addressIsThrottled({ account: 0, address: LOCKOUT_POLICY.addressMaxFailures })).toBe(false);
    expect(addressIsThrottled({ account: 0, address: LOCKOUT_POLICY.addressMaxFailures + 1 })).toBe(true);
  });

  it('counts one account whatever the case of the email', () => {
    expect(normalizeEmail('  Ada.Admin@PCR-Desk.Test ')).toBe('ada.admin@pcr-desk.test');
  });
});
