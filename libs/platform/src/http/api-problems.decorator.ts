import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed body, unknown field or wrong type (see `errors`)',
  401: 'Missing or invalid credentials',
  403: 'Not allowed for this role',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Well-formed but rejected by the rules (see `errors`)',
  423: 'Account locked after repeated failed sign-ins (see Retry-After)',
  429: 'Too many requests',
  500: 'Unexpected error',
  503: 'A dependency (database, queue) is unavailable',
};

/**
 * Documents an operation's problem+json responses. 500 is always added: any route can fail.
 * Every operation uses this (a test walks the OpenAPI document and fails on one that does not).
 */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  const all = [...new Set([...statuses, 500])].sort();
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...all.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
