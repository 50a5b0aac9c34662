import type { Logger } from '@pcr/platform';
import type { FastifyInstance } from 'fastify';

/**
 * Request id on every response, and one log line per request with the route template (never the
 * URL with its query string, never a body, never an address).
 */
export function registerHttpHooks(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.info(
      {
        reqId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? '(unmatched)',
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });
}
