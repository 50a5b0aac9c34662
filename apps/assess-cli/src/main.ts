/**
 * Entry point of `npm run assess` (tsx, run from the repository root).
 *
 * tsx reads tsconfig.json from the current directory only, and the root has tsconfig.base.json, so
 * the `@pcr/*` path aliases would not resolve. This entry registers tsx once more with this app's
 * tsconfig (which extends the base and its paths) and loads the CLI through it. It is a no-op
 * detour once the root gains a tsconfig.json or the script sets TSX_TSCONFIG_PATH.
 */
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';
import type * as Cli from './cli';

// A closed pipe (`assess --batch big.ndjson | head`) ends the run quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.env['TSX_TSCONFIG_PATH'] ??= join(__dirname, '../tsconfig.json');
const tsx = register({ namespace: 'assess-cli' });
const cli = tsx.require('./cli', __filename) as typeof Cli;

cli
  .runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    process.stderr.write(`assess: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
