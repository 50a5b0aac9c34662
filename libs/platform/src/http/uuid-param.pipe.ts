import { type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `@Param('id', new UuidParam('id'))`: a malformed id is a 400 naming the parameter. */
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) {
      throw AppError.validation([{ path: this.name, code: 'INVALID_UUID', message: `${this.name} must be a UUID` }]);
    }
    return value.toLowerCase();
  }
}
