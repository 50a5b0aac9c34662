import { type AppConfig, loadConfig } from '@pcr/platform';

/**
 * The configuration tests run with: the per-run database and Redis prefix that `npm test`
 * (scripts/test.mjs) creates. Refuses any database whose name lacks "test", so a test can never
 * touch development or production data.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
  assertTestDatabase(config.database.url);
  return config;
}

export function assertTestDatabase(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.includes('test')) {
    throw new Error(
      `refusing to run tests against database "${name}": its name lacks "test". Run the suites through \`npm test\`.`,
    );
  }
}
