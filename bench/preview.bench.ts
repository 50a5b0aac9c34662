/**
 * Requests per second of POST /api/v1/assessments/preview (engine + what-if + upcoming changes per
 * request), against a bare Fastify route that parses the same JSON body and answers it, side by
 * side. The api runs as its own process (as in production); autocannon runs here.
 * Run: npm run bench:preview   (needs PostgreSQL and Redis, like `npm start`)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = join(__dirname, '..');
const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
const CONNECTIONS = 20;

const examples = (
  JSON.parse(readFileSync(join(ROOT, 'libs/express-entry/src/test-data/examples.json'), 'utf8')) as {
    cases: Array<{ id: string; input: unknown }>;
  }
).cases;
const body = JSON.stringify(examples.find((e) => e.id === 'transfer-max')?.input ?? examples[0].input);

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

async function load(url: string): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
}

async function main(): Promise<void> {
  const bareScript = `
    const app = require('fastify')({ logger: false });
    app.post('/echo', async (req) => ({ size: JSON.stringify(req.body).length }));
    app.listen({ port: 3901, host: '127.0.0.1' }).then(() => console.log('bare ready'));`;
  const bare = await startProcess(['-e', bareScript], {}, /bare ready/);
  const api = await startProcess(
    ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
    { PORT: '3902', LOG_LEVEL: 'info', PREVIEW_RATE_LIMIT_PER_MINUTE: '1000000', NODE_ENV: 'development' },
    /api listening/,
  ).catch((error: unknown) => {
    bare.kill();
    throw error;
  });
  try {
    const bareResult = await load('http://127.0.0.1:3901/echo');
    const previewResult = await load('http://127.0.0.1:3902/api/v1/assessments/preview');
    const row = (name: string, r: autocannon.Result) =>
      `| ${name.padEnd(38)} | ${String(Math.round(r.requests.average)).padStart(8)} | ${String(r.latency.p50).padStart(6)} | ${String(r.latency.p99).padStart(6)} | ${String(r.non2xx).padStart(6)} |`;
    console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s each, body = example "transfer-max"\n`);
    console.log('| route                                  |    req/s | p50 ms | p99 ms | non2xx |');
    console.log('|----------------------------------------|---------:|-------:|-------:|-------:|');
    console.log(row('bare Fastify POST /echo (JSON parse)', bareResult));
    console.log(row('POST /api/v1/assessments/preview', previewResult));
    console.log(
      `\npreview / bare: ${((100 * previewResult.requests.average) / bareResult.requests.average).toFixed(0)} %`,
    );
  } finally {
    bare.kill();
    api.kill();
  }
}

void main();
