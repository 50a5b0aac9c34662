import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = join(__dirname, '../..');

/** Starts a node process and resolves once a stdout line matches `ready`. */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${args.join(' ')} did not start`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

/** The real api as its own process (as in production), on `port`. */
export function startApi(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  return startProcess(
    ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
    { PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    /api listening/,
  );
}

export function load(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: 20, duration: Number(process.env['BENCH_DURATION_S'] ?? 10), ...options });
}

export function tableRow(name: string, r: autocannon.Result): string {
  const cells = [Math.round(r.requests.average), r.latency.p50, r.latency.p99, r.non2xx].map((v) =>
    String(v).padStart(8),
  );
  return `| ${name.padEnd(44)} | ${cells.join(' | ')} |`;
}

export const TABLE_HEADER = [
  `| ${'route'.padEnd(44)} | ${'req/s'.padStart(8)} | ${'p50 ms'.padStart(8)} | ${'p99 ms'.padStart(8)} | ${'non2xx'.padStart(8)} |`,
  `|${'-'.repeat(46)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|`,
].join('\n');
