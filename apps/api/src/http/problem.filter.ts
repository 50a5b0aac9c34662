import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Inject,
  NotFoundException,
} from '@nestjs/common';
import {
  AppError,
  buildProblem,
  codeForStatus,
  type ErrorCode,
  type FieldError,
  LOGGER,
  type Logger,
  PROBLEM_CONTENT_TYPE,
} from '@pcr/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Classified {
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

// Fastify's own errors (body parsing, limits) arrive here with a `statusCode` and an FST_ code.
interface FrameworkError {
  statusCode?: number;
  code?: string;
}

const FASTIFY_CODES: Record<string, Classified> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body exceeds the size limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', detail: 'The Content-Length header is wrong.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' },
};

function classify(exception: unknown, request: FastifyRequest): Classified {
  if (exception instanceof AppError) {
    return {
      code: exception.code,
      detail: exception.detail,
      errors: exception.errors,
      extensions: exception.extensions,
    };
  }
  if (exception instanceof NotFoundException) {
    return { code: 'ROUTE_NOT_FOUND', detail: `No route matches ${request.method} ${request.url.split('?')[0]}.` };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 400 && /json/i.test(exception.message))
      return { code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' };
    return { code: codeForStatus(status), detail: status >= 500 ? 'An unexpected error occurred.' : exception.message };
  }
  const framework = exception as FrameworkError;
  if (framework?.code && FASTIFY_CODES[framework.code]) return FASTIFY_CODES[framework.code];
  if (exception instanceof SyntaxError && framework.statusCode === 400) {
    return { code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' };
  }
  if (typeof framework?.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) {
    return { code: codeForStatus(framework.statusCode), detail: 'The request could not be processed.' };
  }
  return { code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred. Quote the request id if you contact us.' };
}

/** The stack without its first line: messages of database errors can quote values. */
function stackFrames(exception: unknown): string | undefined {
  return exception instanceof Error ? exception.stack?.split('\n').slice(1).join('\n') : undefined;
}

/**
 * Every error leaves as RFC 9457 application/problem+json with a stable code and the request id.
 * Unknown errors are logged (name, code, frames; never the message or body) and answered 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const classified = classify(exception, request);
    const problem = buildProblem({ ...classified, instance: request.url.split('?')[0], requestId: String(request.id) });
    if (problem.status >= 500 && classified.code === 'INTERNAL_ERROR') {
      this.logger.error(
        {
          reqId: request.id,
          errorName: (exception as Error)?.name,
          errorCode: (exception as FrameworkError)?.code,
          frames: stackFrames(exception),
        },
        'unhandled error',
      );
    }
    if (typeof classified.extensions?.['retryAfterSeconds'] === 'number') {
      void reply.header('retry-after', String(classified.extensions['retryAfterSeconds']));
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
