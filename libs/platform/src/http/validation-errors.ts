import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/field-error';

// class-validator constraint names -> our stable codes. Unlisted constraints keep their own name
// in UPPER_SNAKE form (e.g. isPositive -> IS_POSITIVE), so a new decorator never loses its code.
const CODE_OF_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  nestedValidation: 'INVALID_OBJECT',
  isDateString: 'INVALID_DATE',
  isIso8601: 'INVALID_DATE',
};

function toUpperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent === '' ? property : `${parent}.${property}`;
}

/** Flattens class-validator's error tree into [{ path: 'work[2].endDate', code, message }]. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = childPath(parent, error.property);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({
        path,
        code: CODE_OF_CONSTRAINT[constraint] ?? toUpperSnake(constraint),
        message:
          constraint === 'whitelistValidation' ? `${path} is not a known field` : message.replace(error.property, path),
      });
    }
    if (error.children && error.children.length > 0) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}
