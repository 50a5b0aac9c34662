import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LOGGER, type Logger } from '@pcr/platform';
import { AuditSealer } from '../application/audit-sealer';

export const SEAL_INTERVAL_MS = 1000;

/**
 * Seals pending events every second in the api process, so a row is sealed within ~2 s of commit.
 * Several api processes are fine: the advisory lock lets one seal while the others skip a tick.
 */
@Injectable()
export class AuditSealerService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly sealer: AuditSealer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), SEAL_INTERVAL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // Stop before the database module disconnects (also onModuleDestroy) and let a running batch commit.
    await this.running;
  }

  private tick(): void {
    if (this.running) return; // a slow batch is still running: don't pile up transactions
    this.running = this.sealer
      .sealPending()
      .then((count) => {
        // A full batch: more are waiting, take them now instead of a second later.
        if (count >= AuditSealer.BATCH && this.timer) setImmediate(() => this.tick());
      })
      .catch((error: unknown) => {
        // The error's class and code only: messages from the driver may quote row values.
        const code = (error as { code?: unknown }).code;
        this.logger.error(
          { err: { type: error instanceof Error ? error.name : typeof error, code } },
          'audit sealing failed; retrying in 1 s',
        );
      })
      .finally(() => {
        this.running = null;
      });
  }
}
