import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { DbModule } from '@pcr/db';
import { ConfigModule, createLogger, loadConfig, LoggingModule } from '@pcr/platform';
import { IdentityModule } from '../identity.module';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

// The same rule apps/api's OpenAPI spec applies to every operation, checked here before wiring.
describe('identity routes in OpenAPI', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    @Module({
      imports: [
        ConfigModule.forRoot(loadConfig({ NODE_ENV: 'test' })),
        LoggingModule.forRoot(createLogger({ level: 'silent', service: 'test' })),
        DbModule,
        IdentityModule,
      ],
    })
    class PreviewModule {}
    // Preview: no provider is instantiated, so no PostgreSQL or Redis is needed.
    const app = await NestFactory.create<NestFastifyApplication>(PreviewModule, new FastifyAdapter(), {
      preview: true,
      logger: false,
    });
    app.setGlobalPrefix('api/v1');
    document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    await app.close();
  });

  const operation = (method: string, path: string) =>
    (document.paths[path] as Record<string, Operation> | undefined)?.[method];

  it.each([
    ['post', '/api/v1/auth/login', '200'],
    ['post', '/api/v1/auth/refresh', '200'],
    ['post', '/api/v1/auth/logout', '204'],
    ['get', '/api/v1/auth/me', '200'],
  ])('%s %s answers %s with a schema (or none for 204) and problem+json errors', (method, path, status) => {
    const op = operation(method, path);
    expect(op).toBeDefined();
    const success = op?.responses[status];
    expect(success).toBeDefined();
    if (status !== '204') expect(success?.content?.['application/json']?.schema).toBeDefined();
    const problems = Object.entries(op?.responses ?? {}).filter(([code]) => /^[45]\d\d$/.test(code));
    expect(problems.length).toBeGreaterThan(0);
    for (const [, response] of problems) expect(response.content?.['application/problem+json']?.schema).toBeDefined();
  });
});
