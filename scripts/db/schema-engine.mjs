// Prisma's WebAssembly schema engine, driven directly so migrations work offline (the CLI would
// download a native engine). Run the callers with `node --experimental-wasm-modules` on Node 20.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SchemaEngine } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCHEMA_PATH = join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = join(ROOT, 'prisma/migrations');
const LOCKFILE = join(MIGRATIONS_DIR, 'migration_lock.toml');

export function readMigrationsList(baseDir = MIGRATIONS_DIR) {
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(baseDir, 'migration_lock.toml');
  // Paths relative to baseDir, as Prisma's CLI passes them: the engine records the directory name
  // as migration_name in _prisma_migrations, so `prisma migrate deploy` sees the same history.
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok', value: readFileSync(file, 'utf8') }
            : { tag: 'error', value: 'migration.sql is missing' },
        },
      };
    }),
  };
}

export function readSchemaFiles() {
  return [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }];
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

// The engine reads catalog columns of PostgreSQL's internal one-byte type "char" (OID 18, e.g.
// pg_class.relkind), which @prisma/adapter-pg 7.10 rejects as unsupported. Its values arrive as
// text, so we label those columns as text (OID 25) for the schema engine's connections only.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
function labelCharColumnsAsText(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}
// The adapter drops its shadow database while its own pool still holds a connection to it, which
// PostgreSQL refuses; FORCE (PostgreSQL 13+) ends that idle connection first.
const SHADOW_DROP = /^DROP DATABASE "(prisma_migrate_shadow_db_[0-9a-f-]+)"$/;
function forceShadowDrop(args) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
  const match = typeof text === 'string' ? SHADOW_DROP.exec(text.trim()) : null;
  if (match) args[0] = `DROP DATABASE "${match[1]}" WITH (FORCE)`;
}

class SchemaEngineClient extends pg.Client {
  // The forced drop ends the shadow pool's idle connection; that pool has no error listener, so the
  // expected "terminating connection" error would otherwise crash the process. Shadow databases are
  // throwaway, so errors of idle connections to them are dropped; queries still reject normally.
  emit(event, error, ...rest) {
    if (event === 'error' && this.database?.startsWith('prisma_migrate_shadow_db_')) return true;
    return super.emit(event, error, ...rest);
  }

  query(...args) {
    forceShadowDrop(args);
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last]; // pg-pool calls with a callback
      args[last] = (error, result) => callback(error, error ? result : labelCharColumnsAsText(result));
      return super.query(...args);
    }
    const pending = super.query(...args);
    return pending && typeof pending.then === 'function' ? pending.then(labelCharColumnsAsText) : pending;
  }
}

// Discrete fields, not a connection string: the adapter derives the shadow database's pool as
// { ...config, database: shadowName }, and a connection string would silently override that name.
function poolConfig(connectionString) {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: ['require', 'verify-full', 'verify-ca'].includes(url.searchParams.get('sslmode') ?? '') || undefined,
    Client: SchemaEngineClient,
    // The engine never closes its pool; let idle connections go so a CLI run ends promptly.
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
  };
}

// The adapter splits a migration script on every ';', which breaks function bodies ($$ ... ; ... $$).
// Prisma's native engine sends the script whole; we do the same (one simple-protocol query, which
// PostgreSQL runs as one implicit transaction).
function sendScriptsWhole(adapter) {
  adapter.executeScript = async function executeWholeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

function pgAdapterFactory(connectionString) {
  const factory = new PrismaPg(poolConfig(connectionString));
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => sendScriptsWhole(await connect());
  factory.connectToShadowDb = async () => sendScriptsWhole(await connectToShadowDb());
  return factory;
}

export async function openSchemaEngine(connectionString) {
  const factory = bindMigrationAwareSqlAdapterFactory(pgAdapterFactory(connectionString));
  const files = readSchemaFiles();
  return SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => undefined, // the engine's log callback: its messages are not needed here
    factory,
  );
}

export { LOCKFILE };
