import { ConfigError, ConfigReader, type Env } from './config-reader';

/**
 * The one validated configuration of PCR Desk. Every environment variable is read here and only
 * here (see .env.example for the documented list); a bad value stops the process at start.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  http: {
    host: string;
    port: number;
    /** Fastify's trustProxy: false, true, a hop count or a comma-separated list of addresses. */
    trustProxy: boolean | number | string;
    corsOrigins: string[];
    bodyLimitBytes: number;
    publicUrl: string;
  };
  database: {
    url: string;
    poolMax: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    /**
     * Role the application works as on every connection (PostgreSQL `role` setting). It may only
     * INSERT and SELECT the audit tables. Empty when DATABASE_URL already logs in as that role.
     */
    appRole: string | null;
  };
  redis: {
    url: string;
    /** BullMQ key prefix. Braces make it a Redis Cluster hash tag so a queue's keys share a slot. */
    queuePrefix: string;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  opsToken: string;
  mail: {
    smtpUrl: string | null;
    from: string;
    outboxDir: string;
  };
  worker: {
    shutdownTimeoutMs: number;
  };
  rateLimits: {
    /** Public assessment preview: requests per minute per client address. */
    previewPerMinute: number;
  };
  auth: {
    /** HS256 key of access tokens. */
    jwtSecret: string;
    /** At most 15 minutes. */
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
  };
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/pcr_desk';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const DEV_OPS_TOKEN = 'dev-ops-token-change-me';
// Development and test only: production must set its own JWT_SECRET.
const DEV_JWT_SECRET = 'pcr-desk-dev-jwt-secret-not-for-production-use-0001';

function readTrustProxy(reader: ConfigReader): boolean | number | string {
  const value = reader.optionalString('TRUST_PROXY');
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function readOpsToken(reader: ConfigReader, env: AppConfig['env']): string {
  const token = reader.optionalString('OPS_TOKEN');
  if (token === null) {
    if (env === 'production') throw new ConfigError('OPS_TOKEN', 'is required in production');
    return DEV_OPS_TOKEN;
  }
  if (token.length < 16) throw new ConfigError('OPS_TOKEN', 'must be at least 16 characters');
  return token;
}

export function loadConfig(env: Env): AppConfig {
  const r = new ConfigReader(env);
  const appEnv = r.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const port = r.int('PORT', 3000, 0, 65535);
  const host = r.string('HOST', '127.0.0.1');
  return {
    env: appEnv,
    http: {
      host,
      port,
      trustProxy: readTrustProxy(r),
      corsOrigins: r.list('CORS_ORIGINS', appEnv === 'production' ? [] : ['http://localhost:5173']),
      bodyLimitBytes: r.int('BODY_LIMIT_BYTES', 1_048_576, 1024, 50 * 1_048_576),
      publicUrl: r.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']),
    },
    database: {
      url: r.url('DATABASE_URL', DEFAULT_DATABASE_URL, ['postgresql:', 'postgres:']),
      poolMax: r.int('DATABASE_POOL_MAX', 10, 1, 200),
      connectTimeoutMs: r.int('DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 60_000),
      statementTimeoutMs: r.int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
      appRole: readAppRole(r),
    },
    redis: {
      url: r.url('REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']),
      queuePrefix: r.string('QUEUE_PREFIX', '{pcr}'),
    },
    logLevel: r.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    opsToken: readOpsToken(r, appEnv),
    mail: {
      smtpUrl: readSmtpUrl(r, appEnv),
      from: r.string('MAIL_FROM', 'PCR Desk <no-reply@pcr-desk.local>'),
      outboxDir: r.string('MAIL_OUTBOX_DIR', 'var/outbox'),
    },
    worker: {
      shutdownTimeoutMs: r.int('WORKER_SHUTDOWN_TIMEOUT_MS', 30_000, 1000, 600_000),
    },
    rateLimits: {
      previewPerMinute: r.int('PREVIEW_RATE_LIMIT_PER_MINUTE', 60, 1, 1_000_000),
    },
    auth: {
      jwtSecret: readJwtSecret(r, appEnv),
      accessTokenTtlSeconds: r.int('ACCESS_TOKEN_TTL_S', 900, 30, 900),
      refreshTokenTtlDays: r.int('REFRESH_TOKEN_TTL_DAYS', 14, 1, 90),
    },
  };
}

function readJwtSecret(r: ConfigReader, env: AppConfig['env']): string {
  const secret = r.optionalString('JWT_SECRET');
  if (secret === null) {
    if (env === 'production') throw new ConfigError('JWT_SECRET', 'is required in production');
    return DEV_JWT_SECRET;
  }
  if (secret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  return secret;
}

function readAppRole(r: ConfigReader): string | null {
  const role = r.string('DATABASE_APP_ROLE', 'pcr_app');
  if (role === 'none') return null;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new ConfigError('DATABASE_APP_ROLE', 'must be a lower-case PostgreSQL role name, or none');
  }
  return role;
}

function readSmtpUrl(r: ConfigReader, env: AppConfig['env']): string | null {
  if (r.optionalString('SMTP_URL') === null) {
    if (env === 'production') throw new ConfigError('SMTP_URL', 'is required in production');
    return null;
  }
  return r.url('SMTP_URL', undefined, ['smtp:', 'smtps:']);
}
