import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Imports a pure module may never make: frameworks, databases, queues and Node's I/O.
const IMPURE_IMPORTS = [
  '@nestjs/*',
  '@prisma/*',
  'bullmq',
  'ioredis',
  'pg',
  'nodemailer',
  'fastify',
  '@fastify/*',
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/node_modules',
      'libs/db/src/generated/**',
      'coverage',
      'var',
      '.nx',
      '**/jest.config.cts',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // libs/express-entry: the rules engine, runs in the browser too.
            { sourceTag: 'type:pure', onlyDependOnLibsWithTags: ['type:pure'], bannedExternalImports: IMPURE_IMPORTS },
            // type:testing is allowed for specs; the rule below keeps it out of production files.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:pure', 'type:testing'] },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:data', 'type:platform', 'type:pure', 'type:testing'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:platform', 'type:pure', 'type:testing'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:testing', 'type:feature', 'type:data', 'type:platform', 'type:pure'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:platform', 'type:pure', 'type:testing'],
            },
          ],
        },
      ],
    },
  },
  {
    // Type-checked rules over all TypeScript: floating promises, exhaustive switches, unsafe any.
    files: ['**/*.ts'],
    ...tseslint.configs.recommendedTypeChecked.reduce(
      (acc, c) => ({ ...acc, ...c, rules: { ...acc.rules, ...c.rules } }),
      {},
    ),
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ['./tsconfig.typecheck.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...tseslint.configs.recommendedTypeChecked.reduce((acc, c) => ({ ...acc, ...c.rules }), {}),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Nest's DI needs the runtime class of constructor parameters: type-only imports would drop it.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Tests may reach into loosely typed JSON (responses, fixtures).
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // libs/testing is for specs and test support only.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@pcr/testing', message: 'test helpers are for specs only' }] },
      ],
    },
  },
  {
    // Every domain/ folder is pure: rules and state machines only.
    files: ['libs/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: IMPURE_IMPORTS.filter((p) => p !== '@pcr/platform'), message: 'domain/ code stays pure' },
          ],
        },
      ],
    },
  },
];
