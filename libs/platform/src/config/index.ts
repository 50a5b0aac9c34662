export { loadConfig, DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, type AppConfig } from './app-config';
export { ConfigError, ConfigReader, type Env } from './config-reader';
export { ConfigModule, APP_CONFIG } from './config.module';
