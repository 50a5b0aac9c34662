import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@pcr/platform';

/** A JSON logger whose lines are kept in memory, so a test can read everything a process logged. */
export function capturedLogger(service: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'info', service, destination: sink });
  return { logger, lines };
}
