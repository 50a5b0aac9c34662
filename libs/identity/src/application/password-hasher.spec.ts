import { ARGON2ID_POLICY, isWeakerThanPolicy } from '../domain/password-policy';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores argon2id with at least m=19456 KiB, t=2, p=1, read back from the hash itself', async () => {
    const stored = await hasher.hash('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    const parameters = hasher.parameters(stored);
    expect(parameters.algorithm).toBe('argon2id');
    expect(parameters.memoryCost).toBeGreaterThanOrEqual(ARGON2ID_POLICY.memoryCost);
    expect(parameters.timeCost).toBeGreaterThanOrEqual(ARGON2ID_POLICY.timeCost);
    expect(parameters.parallelism).toBeGreaterThanOrEqual(ARGON2ID_POLICY.parallelism);
    expect(isWeakerThanPolicy(parameters)).toBe(false);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse battery');
    await expect(hasher.verify(stored, 'correct horse battery')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'correct horse batterY')).resolves.toBe(false);
  });

  it('answers false, not an error, for a malformed stored hash', async () => {
    await expect(hasher.verify('not-a-hash', 'whatever whatever')).resolves.toBe(false);
  });

  it('refuses passwords shorter than 12 characters', async () => {
    await expect(hasher.hash('elevenchars')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('counts characters, not UTF-16 units (11 emoji are too short)', async () => {
    await expect(hasher.hash('🔑'.repeat(11))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('flags hashes weaker than the policy for rehash', () => {
    expect(isWeakerThanPolicy({ memoryCost: 4096, timeCost: 3, parallelism: 1 })).toBe(true);
  });
});
