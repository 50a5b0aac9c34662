// `npm run db:migrate`: creates the database if missing and applies pending migrations, recording
// them in _prisma_migrations exactly as `prisma migrate deploy` would. Offline.
import { databaseUrl, ensureDatabase } from './database.mjs';
import { NO_FILTERS, openSchemaEngine, readMigrationsList } from './schema-engine.mjs';

export async function migrate(url = databaseUrl(), { quiet = false } = {}) {
  const created = await ensureDatabase(url);
  const engine = await openSchemaEngine(url);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(),
      filters: NO_FILTERS,
    });
    if (!quiet) {
      if (created) console.log('database created');
      console.log(
        appliedMigrationNames.length === 0
          ? 'database schema is up to date'
          : `applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(', ')}`,
      );
    }
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Exit explicitly: the engine keeps a pooled connection open for a while after it is freed.
  migrate()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(`db:migrate failed: ${error.message ?? error}`);
      process.exit(1);
    });
}
