import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@pcr/platform';
import { createWorkerApp } from './bootstrap/create-worker-app';
import { installGracefulShutdown } from './bootstrap/graceful-shutdown';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, service: 'worker' });
  const app = await createWorkerApp(config, logger);
  installGracefulShutdown(app, logger, config.worker.shutdownTimeoutMs);
  await app.init();
  logger.info({ pid: process.pid }, 'worker ready');
}

void main();
