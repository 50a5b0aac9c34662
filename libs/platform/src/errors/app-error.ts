import type { ErrorCode } from './error-codes';
import type { FieldError } from './field-error';

/**
 * The error the core throws: a stable code (mapped to HTTP once, in error-codes.ts), a detail that
 * is safe to show to the caller (never personal data), optional field errors and extra members.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'AppError';
  }

  static validation(errors: FieldError[], detail = 'Some fields are not valid.'): AppError {
    return new AppError('VALIDATION_FAILED', detail, errors);
  }

  static unprocessable(
    errors: FieldError[],
    detail = 'The request is well-formed but its content is rejected.',
  ): AppError {
    return new AppError('UNPROCESSABLE', detail, errors);
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found.`);
  }
}
