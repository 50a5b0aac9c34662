import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, type AppConfig } from '@pcr/platform';
import { PrismaClient } from './generated/prisma/client';

/**
 * The Prisma client over the `pg` driver adapter. The pool has explicit connection and statement
 * timeouts so a stuck database answers with an error instead of hanging requests. Connections
 * open lazily, so the api starts (and /health answers) while PostgreSQL is still down.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ adapter: createPgAdapter(config.database) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

export function createPgAdapter(database: AppConfig['database']): PrismaPg {
  return new PrismaPg(
    {
      connectionString: database.url,
      max: database.poolMax,
      connectionTimeoutMillis: database.connectTimeoutMs,
      statement_timeout: database.statementTimeoutMs,
      idle_in_transaction_session_timeout: database.statementTimeoutMs * 2,
      idleTimeoutMillis: 30_000,
      // Work as the least-privileged application role from the first statement of each connection.
      options: database.appRole ? `-c role=${database.appRole}` : undefined,
    },
    {
      onPoolError: () => {
        // An idle connection died (e.g. PostgreSQL restarted): the pool replaces it on next use.
      },
    },
  );
}
