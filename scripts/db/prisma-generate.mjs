// Generates the Prisma client offline. Prisma 7's CLI downloads a native schema engine at start
// unless PRISMA_SCHEMA_ENGINE_BINARY names an existing executable; generation never uses that
// engine, so any executable will do (we point it at node itself).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? '');
  console.error('prisma generate failed');
  process.exit(1);
}
