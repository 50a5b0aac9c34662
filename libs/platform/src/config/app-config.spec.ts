import { ConfigError } from './config-reader';
import { loadConfig } from './app-config';

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to local PostgreSQL (database pcr_desk) and Redis on 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgresql://postgres@127.0.0.1:5432/pcr_desk');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.redis.queuePrefix).toBe('{pcr}');
    expect(config.env).toBe('development');
  });

  it('names DATABASE_URL when it is not a URL, without echoing the value', () => {
    const error = configErrorOf({ DATABASE_URL: 'not-a-url' });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^DATABASE_URL: /);
    expect(error.message).not.toContain('not-a-url');
  });

  it('rejects a URL of the wrong kind and never echoes a password', () => {
    const error = configErrorOf({ REDIS_URL: 'http://user:s3cret@host' });
    expect(error.variable).toBe('REDIS_URL');
    expect(error.message).not.toContain('s3cret');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT_BYTES', '10'],
    ['OPS_TOKEN', 'short'],
  ])('names %s when its value %p is malformed', (variable, value) => {
    expect(configErrorOf({ [variable]: value }).variable).toBe(variable);
  });

  it('requires OPS_TOKEN, SMTP_URL and JWT_SECRET in production', () => {
    const jwt = { JWT_SECRET: 'j'.repeat(32) };
    expect(configErrorOf({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25', ...jwt }).variable).toBe('OPS_TOKEN');
    expect(configErrorOf({ NODE_ENV: 'production', OPS_TOKEN: 'x'.repeat(32), ...jwt }).variable).toBe('SMTP_URL');
    expect(configErrorOf({ NODE_ENV: 'production', OPS_TOKEN: 'x'.repeat(32), SMTP_URL: 'smtp://m:25' }).variable).toBe(
      'JWT_SECRET',
    );
  });

  it('caps access tokens at 15 minutes and refuses a short JWT_SECRET', () => {
    expect(configErrorOf({ ACCESS_TOKEN_TTL_S: '901' }).variable).toBe('ACCESS_TOKEN_TTL_S');
    expect(configErrorOf({ JWT_SECRET: 'short' }).variable).toBe('JWT_SECRET');
  });

  it('reads trustProxy as a boolean, a hop count or an address list', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).http.trustProxy).toBe('10.0.0.0/8');
    expect(loadConfig({}).http.trustProxy).toBe(false);
  });
});
