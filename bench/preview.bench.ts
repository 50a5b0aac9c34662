/**
 * Requests per second of POST /api/v1/assessments/preview (engine + what-if + upcoming changes per
 * request) beside a bare Fastify route that parses the same JSON body. The api runs as its own
 * process; autocannon runs here. Run: npm run bench:preview (needs PostgreSQL and Redis).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, ROOT, startApi, startProcess, TABLE_HEADER, tableRow } from './support/processes';

const examples = (
  JSON.parse(readFileSync(join(ROOT, 'libs/express-entry/src/test-data/examples.json'), 'utf8')) as {
    cases: Array<{ id: string; input: unknown }>;
  }
).cases;
const body = JSON.stringify(examples.find((e) => e.id === 'transfer-max')?.input ?? examples[0].input);

const BARE = `
  const app = require('fastify')({ logger: false });
  app.post('/echo', async (req) => ({ size: JSON.stringify(req.body).length }));
  app.listen({ port: 3901, host: '127.0.0.1' }).then(() => console.log('bare ready'));`;

async function main(): Promise<void> {
  const bare = await startProcess(['-e', BARE], {}, /bare ready/);
  const api = await startApi(3902, { PREVIEW_RATE_LIMIT_PER_MINUTE: '1000000' }).catch((error: unknown) => {
    bare.kill();
    throw error;
  });
  try {
    const request = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
    const bareResult = await load({ url: 'http://127.0.0.1:3901/echo', ...request });
    const previewResult = await load({ url: 'http://127.0.0.1:3902/api/v1/assessments/preview', ...request });
    console.log(`\nbody = example "transfer-max"\n\n${TABLE_HEADER}`);
    console.log(tableRow('bare Fastify POST /echo (JSON parse)', bareResult));
    console.log(tableRow('POST /api/v1/assessments/preview', previewResult));
    console.log(
      `\npreview / bare: ${((100 * previewResult.requests.average) / bareResult.requests.average).toFixed(0)} %`,
    );
  } finally {
    bare.kill();
    api.kill();
  }
}

void main();
