import { type ErrorCode, statusOf, titleOf } from './error-codes';
import type { FieldError } from './field-error';

/** RFC 9457 problem details as PCR Desk answers them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://pcr-desk.example/problems/';

export function problemType(code: ErrorCode): string {
  return `${TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`;
}

export function buildProblem(input: {
  code: ErrorCode;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}): Problem {
  const problem: Problem = {
    ...input.extensions,
    type: problemType(input.code),
    title: titleOf(input.code),
    status: statusOf(input.code),
    detail: input.detail,
    instance: input.instance,
    code: input.code,
    requestId: input.requestId,
  };
  if (input.errors) problem.errors = input.errors;
  return problem;
}
