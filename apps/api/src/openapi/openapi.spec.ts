import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createLogger, loadConfig } from '@pcr/platform';
import { createApiApp } from '../bootstrap/create-api-app';
import { buildOpenApiDocument } from './openapi-document';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('OpenAPI document', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    // Preview mode: no provider is instantiated, so no PostgreSQL or Redis is needed.
    const app = await createApiApp(
      loadConfig({ NODE_ENV: 'test' }),
      createLogger({ level: 'silent', service: 'test' }),
      {
        preview: true,
      },
    );
    document = buildOpenApiDocument(app);
    await app.close();
  });

  function operations(): Array<[string, Operation]> {
    return Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        op,
      ]),
    );
  }

  it('documents at least the foundation routes', () => {
    const names = operations().map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['GET /api/v1/health', 'GET /api/v1/health/ready', 'POST /api/v1/ops/ping']),
    );
  });

  it('gives every operation a 2xx response with a schema (or 204) and problem+json error responses', () => {
    const missing: string[] = [];
    for (const [name, op] of operations()) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      const hasSchema = success.some(
        ([status, r]) => status === '204' || Object.values(r.content ?? {}).some((c) => c.schema),
      );
      const problems = Object.entries(op.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      const allProblemJson =
        problems.length > 0 && problems.every(([, r]) => r.content?.['application/problem+json']?.schema);
      if (!hasSchema) missing.push(`${name}: no 2xx schema`);
      if (!allProblemJson) missing.push(`${name}: no problem+json error responses`);
    }
    expect(missing).toEqual([]);
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing the API)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../../openapi.json'), 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(document))).toEqual(committed);
  });
});
