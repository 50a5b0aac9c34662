// `npm run openapi`: writes openapi.json from the api's controllers. Builds the module graph in
// preview mode, so it needs no PostgreSQL or Redis.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'apps/api/src/openapi/write-openapi.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  },
);
process.exit(result.status ?? 1);
