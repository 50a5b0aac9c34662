import { ApiProperty } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

export class CheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ example: 2 }) latencyMs!: number;
}

export class ChecksDto {
  @ApiProperty({ type: CheckDto }) postgres!: CheckDto;
  @ApiProperty({ type: CheckDto }) redis!: CheckDto;
}

export class ReadinessDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ type: ChecksDto }) checks!: ChecksDto;
}
