import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PING_WORK_MS } from '../domain/ping.job';

export class RequestPingDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_PING_WORK_MS,
    default: 0,
    description: 'How long the worker holds the job (ms)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PING_WORK_MS)
  workMs?: number;
}

export class PingAcceptedDto {
  @ApiProperty({ format: 'uuid' }) pingId!: string;
  @ApiProperty({ example: 'system-ping__6c1f0f9e-4bb1-4a57-9c55-2f0c2f7b8f0e' }) jobId!: string;
}

export class PingStatusDto {
  @ApiProperty({ format: 'uuid' }) pingId!: string;
  @ApiProperty({ enum: ['pending', 'done'] }) status!: 'pending' | 'done';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) requestedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt!: string | null;
}
