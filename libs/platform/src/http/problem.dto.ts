import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES } from '../errors/error-codes';

export class FieldErrorDto {
  @ApiProperty({ example: 'work[2].endDate' }) path!: string;
  @ApiProperty({ example: 'INVALID_DATE' }) code!: string;
  @ApiProperty({ example: 'work[2].endDate must be a valid ISO 8601 date string' }) message!: string;
}

/** RFC 9457 problem details, as documented in OpenAPI. */
export class ProblemDto {
  @ApiProperty({ example: 'https://pcr-desk.example/problems/validation-failed' }) type!: string;
  @ApiProperty({ example: 'The request is not valid' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'Some fields are not valid.' }) detail!: string;
  @ApiProperty({ example: '/api/v1/ops/ping' }) instance!: string;
  @ApiProperty({ enum: Object.keys(ERROR_CODES), example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ example: '6c1f0f9e-4bb1-4a57-9c55-2f0c2f7b8f0e' }) requestId!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
