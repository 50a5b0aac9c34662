// Three tiers, one command (`npm test`, through scripts/test.mjs which prepares a throwaway
// database and Redis prefix). Unit: pure code, no services. Integration: repositories and use
// cases against the real PostgreSQL/Redis. End-to-end: the real apps over HTTP.
const preset = './jest.preset.js';
const roots = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/scripts'];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    { displayName: 'unit', preset, rootDir: __dirname, roots, testMatch: ['**/*.spec.ts'] },
    {
      displayName: 'integration',
      preset,
      rootDir: __dirname,
      roots,
      testMatch: ['**/*.int-spec.ts'],
      testTimeout: 30_000,
    },
    {
      displayName: 'e2e',
      preset,
      rootDir: __dirname,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      testTimeout: 60_000,
    },
  ],
};
