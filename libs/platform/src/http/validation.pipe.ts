import { ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { flattenValidationErrors } from './validation-errors';

/** The global pipe: unknown fields and wrong types are 400 VALIDATION_FAILED with `errors`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(flattenValidationErrors(errors)),
  });
}
