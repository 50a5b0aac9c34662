import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return { status: result.status, lines };
}

describe('a bad configuration stops the process with one line naming the variable', () => {
  it.each([
    ['api', ['-r', '@swc-node/register', 'apps/api/src/main.ts']],
    ['worker', ['-r', '@swc-node/register', 'apps/worker/src/main.ts']],
    ['npm start', ['--experimental-wasm-modules', '--no-warnings', 'scripts/start.mjs']],
  ])('%s exits 1 on DATABASE_URL=not-a-url', (_name, args) => {
    const { status, lines } = run(args, { DATABASE_URL: 'not-a-url' });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DATABASE_URL: /);
    expect(lines[0]).not.toMatch(/\bat \S+:\d+/);
  });

  it('names PORT when it is not a number', () => {
    const { status, lines } = run(['-r', '@swc-node/register', 'apps/api/src/main.ts'], { PORT: 'eighty' });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^Configuration error: PORT: /)]);
  });
});
