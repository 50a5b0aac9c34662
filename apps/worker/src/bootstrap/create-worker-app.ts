import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { type AppConfig, type Logger, NestPinoLogger } from '@pcr/platform';
import { WorkerModule } from '../worker.module';

export function createWorkerApp(config: AppConfig, logger: Logger): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.register(config, logger), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
}
