import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * One JSON logger for api and worker. Logs carry ids (request, job, record), never bodies, names,
 * documents or free text of a client; the redaction below is a second line of defence for headers.
 */
export function createLogger(options: { level: string; service: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-ops-token"]',
          'res.headers["set-cookie"]',
          'headers.authorization',
          'headers.cookie',
        ],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

export type { Logger };
