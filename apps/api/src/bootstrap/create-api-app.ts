import helmet from '@fastify/helmet';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, createValidationPipe, type Logger, NestPinoLogger } from '@pcr/platform';
import { AppModule } from '../app.module';
import { registerHttpHooks } from '../http/http-hooks';
import { ProblemFilter } from '../http/problem.filter';
import { generateRequestId } from '../http/request-id';
import { buildOpenApiDocument } from '../openapi/openapi-document';

export const API_PREFIX = 'api/v1';

// Swagger UI needs inline styles and data: images; scripts stay 'self' only.
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

function createAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    bodyLimit: config.http.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
  });
}

/**
 * Builds the HTTP app: Fastify, security headers, CORS, validation, problem+json errors, request
 * ids and logs, OpenAPI at /docs. `preview` builds the module graph without instantiating
 * providers, so the OpenAPI document can be written with no PostgreSQL or Redis.
 */
export async function createApiApp(
  config: AppConfig,
  logger: Logger,
  options: { preview?: boolean; extraModules?: Type[] } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, logger, options.extraModules),
    createAdapter(config),
    {
      logger: new NestPinoLogger(logger),
      preview: options.preview ?? false,
      abortOnError: false,
    },
  );
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableCors({ origin: config.http.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'etag'] });
  app.enableShutdownHooks();
  await app.register(helmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: a text/plain body is answered 415 rather than parsed into a string.
  fastify.removeContentTypeParser('text/plain');
  registerHttpHooks(fastify, logger);
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
