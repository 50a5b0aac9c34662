import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, loadConfig } from '@pcr/platform';
import { createApiApp } from '../bootstrap/create-api-app';
import { buildOpenApiDocument } from './openapi-document';

/** `npm run openapi`: writes openapi.json at the repository root. Needs no PostgreSQL or Redis. */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const app = await createApiApp(config, createLogger({ level: 'silent', service: 'openapi' }), { preview: true });
  const document = buildOpenApiDocument(app);
  const target = resolve(process.argv[2] ?? 'openapi.json');
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`wrote ${target}`);
}

void main();
