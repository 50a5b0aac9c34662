import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@pcr/platform';
import { createApiApp } from './bootstrap/create-api-app';

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
  const logger = createLogger({ level: config.logLevel, service: 'api' });
  const app = await createApiApp(config, logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info({ url: config.http.publicUrl, docs: `${config.http.publicUrl}/docs` }, 'api listening');
}

void main();
