import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from '@pcr/platform';

/**
 * On SIGTERM/SIGINT: close the app, which closes every BullMQ worker. A worker's close waits for
 * its active jobs to finish. If that takes longer than `timeoutMs` we exit anyway: the unfinished
 * job's lock then expires and BullMQ's stalled-job check hands it to another worker, whose
 * idempotent handler completes it. Either way nothing is lost.
 */
export function installGracefulShutdown(app: INestApplicationContext, logger: Logger, timeoutMs: number): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping: finishing active jobs');
    const force = setTimeout(() => {
      logger.warn({ timeoutMs }, 'worker shutdown timed out: active jobs will be retried by another worker');
      process.exit(1);
    }, timeoutMs);
    force.unref();
    app.close().then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
