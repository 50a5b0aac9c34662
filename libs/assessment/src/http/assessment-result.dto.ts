import { ApiProperty } from '@nestjs/swagger';

/* OpenAPI description of the engine's result (libs/express-entry result-types.ts, the contract). */

const OBJECT = { type: 'object', additionalProperties: true } as const;

export class WhatIfItemDto {
  @ApiProperty({ example: 'FIRST_LANGUAGE_SPEAKING_PLUS_ONE' }) lever!: string;
  @ApiProperty({ example: 'IELTS_GT speaking 7.5' }) target!: string;
  @ApiProperty({ example: 3 }) crsGain!: number;
  @ApiProperty({ example: 382 }) newTotal!: number;
}

export class UpcomingChangeDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: 'BIRTHDAY' }) cause!: string;
  @ApiProperty({ example: -5 }) crsChange!: number;
}

export class AssessmentResultDto {
  @ApiProperty({ example: 29 }) age!: number;
  @ApiProperty({
    ...OBJECT,
    description: 'firstOfficialLanguage, first/second levels per ability, every test converted',
  })
  language!: Record<string, unknown>;
  @ApiProperty({ ...OBJECT, description: 'Hours and years counted for CRS, CEC, FSW and FST' })
  work!: Record<string, unknown>;
  @ApiProperty({ ...OBJECT, description: 'Proof of funds required and whether exempt' }) funds!: Record<
    string,
    unknown
  >;
  @ApiProperty({ ...OBJECT, description: 'CEC, FSW (with the 67-point grid) and FST: eligible and reasons' })
  eligibility!: Record<string, unknown>;
  @ApiProperty() eligibleForExpressEntry!: boolean;
  @ApiProperty({ ...OBJECT, description: 'withSpouse, core, spouse, transferability, additional, total' })
  crs!: Record<string, unknown>;
  @ApiProperty({ type: [String], example: ['RULES_MAY_BE_OUTDATED'] }) notes!: string[];
  @ApiProperty({ example: '2025-07-07' }) rulesVersion!: string;
  @ApiProperty({ enum: ['confirmed', 'provisional'] }) rulesStatus!: string;
  @ApiProperty({ example: '1.0.0' }) engineVersion!: string;
  @ApiProperty({ type: [WhatIfItemDto] }) whatIf!: WhatIfItemDto[];
  @ApiProperty({ type: [UpcomingChangeDto] }) upcomingChanges!: UpcomingChangeDto[];
}
