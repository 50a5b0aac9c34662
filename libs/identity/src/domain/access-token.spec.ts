import { parseAccessTokenClaims } from './access-token';

describe('parseAccessTokenClaims', () => {
  const sub = '6c1f0f9e-4bb1-4a57-9c55-2f0c2f7b8f0e';

  it('accepts { sub, role, tv, mfa }', () => {
    expect(parseAccessTokenClaims({ sub, role: 'LAWYER', tv: 3, mfa: true, iat: 1 })).toEqual({
      sub,
      role: 'LAWYER',
      tv: 3,
      mfa: true,
    });
  });

  it('reads a token without the mfa claim as one that passed no second factor', () => {
    expect(parseAccessTokenClaims({ sub, role: 'LAWYER', tv: 3 })).toEqual({ sub, role: 'LAWYER', tv: 3, mfa: false });
  });

  it.each([
    ['a missing token version', { sub, role: 'ADMIN' }],
    ['an unknown role', { sub, role: 'ROOT', tv: 0 }],
    ['a subject that is not a uuid', { sub: "1' OR 1=1", role: 'ADMIN', tv: 0 }],
    ['a fractional token version', { sub, role: 'ADMIN', tv: 0.5 }],
    ['a non-boolean mfa claim', { sub, role: 'ADMIN', tv: 0, mfa: 'yes' }],
    ['a non-object payload', 'admin'],
  ])('refuses %s', (_name, payload) => {
    expect(parseAccessTokenClaims(payload)).toBeNull();
  });
});
