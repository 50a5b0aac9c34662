import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@pcr/platform';
import { capturedLogger, testConfig } from '@pcr/testing';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app';

export interface RunningApi {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  /** Every log line the api wrote, as raw JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Starts the real api (Fastify, all modules) on a free local port with captured logs.
 * `extraModules` adds test-only routes (e.g. probes of the access guard).
 */
export async function startApi(overrides: Record<string, string> = {}, extraModules: Type[] = []): Promise<RunningApi> {
  const config = testConfig({ PORT: '0', ...overrides });
  const { logger, lines } = capturedLogger('api');
  const app = await createApiApp(config, logger, { extraModules });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, config, logs: lines, close: () => app.close() };
}
