import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ABILITIES,
  CANADIAN_EDUCATION,
  EDUCATION_LEVELS,
  LANGUAGE_TESTS,
  MARITAL_STATUSES,
  OFFICIAL_LANGUAGES,
  PROVINCES,
} from '@pcr/express-entry';

/*
 * The engine's input profile (assessment contract) as HTTP DTOs. These check the SHAPE only
 * (types, known fields: a failure is 400); the engine's validateProfile checks the content
 * (enums, scales, dates, NOC codes: a failure is 422). Field names are the public contract.
 */

const optionalNullable = (_: object, value: unknown) => value !== null && value !== undefined;

export class ScoresDto {
  @ApiProperty({ example: 8 }) @IsNumber() listening!: number;
  @ApiProperty({ example: 7 }) @IsNumber() reading!: number;
  @ApiProperty({ example: 7 }) @IsNumber() writing!: number;
  @ApiProperty({ example: 7 }) @IsNumber() speaking!: number;
}

export class LanguageTestDto {
  @ApiProperty({ enum: LANGUAGE_TESTS }) @IsString() test!: string;
  @ApiProperty({ format: 'date', example: '2026-03-01' }) @IsString() date!: string;
  @ApiProperty({ type: ScoresDto, description: `Raw scores per ability (${ABILITIES.join(', ')})` })
  @IsObject()
  @ValidateNested()
  @Type(() => ScoresDto)
  scores!: ScoresDto;
}

export class WorkEntryDto {
  @ApiProperty() @IsBoolean() inCanada!: boolean;
  @ApiProperty({ example: '21231', description: 'NOC 2021 unit group (5 digits)' }) @IsString() noc!: string;
  @ApiPropertyOptional({ description: 'Defaults to the second digit of the NOC code' })
  @IsOptional()
  @IsNumber()
  teer?: number;
  @ApiProperty({ example: 40 }) @IsNumber() hoursPerWeek!: number;
  @ApiProperty({ format: 'date' }) @IsString() startDate!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'null = ongoing' })
  @ValidateIf(optionalNullable)
  @IsString()
  endDate?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() selfEmployed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() fullTimeStudent?: boolean;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() authorized?: boolean;
  @ApiPropertyOptional({ enum: PROVINCES }) @IsOptional() @IsString() province?: string;
}

export class SpouseDto {
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() accompanying?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() canadianCitizenOrPR?: boolean;
  @ApiPropertyOptional({ enum: EDUCATION_LEVELS }) @IsOptional() @IsString() education?: string;
  @ApiPropertyOptional({ type: LanguageTestDto, nullable: true })
  @ValidateIf(optionalNullable)
  @IsObject()
  @ValidateNested()
  @Type(() => LanguageTestDto)
  languageTest?: LanguageTestDto | null;
  @ApiPropertyOptional({ type: [WorkEntryDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WorkEntryDto)
  work?: WorkEntryDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() studiedInCanadaTwoYearsFullTime?: boolean;
}

export class EducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS }) @IsString() level!: string;
  @ApiPropertyOptional({ enum: CANADIAN_EDUCATION }) @IsOptional() @IsString() canadian?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() studiedInCanadaTwoYearsFullTime?: boolean;
}

export class CertificateDto {
  @ApiProperty({ example: '72200' }) @IsString() noc!: string;
  @ApiPropertyOptional({ enum: PROVINCES }) @IsOptional() @IsString() province?: string;
}

export class JobOfferDto {
  @ApiProperty({ example: '21231' }) @IsString() noc!: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber() teer?: number;
  @ApiProperty({ description: 'Meets IRCC job-offer rules' }) @IsBoolean() valid!: boolean;
}

export class ProfileDto {
  @ApiProperty({ format: 'date', example: '2026-11-25' }) @IsString() assessmentDate!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Wins over age when both are given' })
  @IsOptional()
  @IsString()
  dateOfBirth?: string;
  @ApiPropertyOptional({ description: 'Completed years' }) @IsOptional() @IsNumber() age?: number;
  @ApiProperty({ enum: MARITAL_STATUSES }) @IsString() maritalStatus!: string;
  @ApiPropertyOptional({ type: SpouseDto, nullable: true })
  @ValidateIf(optionalNullable)
  @IsObject()
  @ValidateNested()
  @Type(() => SpouseDto)
  spouse?: SpouseDto | null;
  @ApiProperty({ type: EducationDto }) @IsObject() @ValidateNested() @Type(() => EducationDto) education!: EducationDto;
  @ApiPropertyOptional({ type: [LanguageTestDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LanguageTestDto)
  languageTests?: LanguageTestDto[];
  @ApiPropertyOptional({ enum: OFFICIAL_LANGUAGES, nullable: true })
  @ValidateIf(optionalNullable)
  @IsString()
  firstOfficialLanguage?: string | null;
  @ApiPropertyOptional({ type: [WorkEntryDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WorkEntryDto)
  work?: WorkEntryDto[];
  @ApiPropertyOptional({ type: CertificateDto, nullable: true })
  @ValidateIf(optionalNullable)
  @IsObject()
  @ValidateNested()
  @Type(() => CertificateDto)
  certificateOfQualification?: CertificateDto | null;
  @ApiPropertyOptional({ type: JobOfferDto, nullable: true })
  @ValidateIf(optionalNullable)
  @IsObject()
  @ValidateNested()
  @Type(() => JobOfferDto)
  jobOffer?: JobOfferDto | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() authorizedToWorkInCanada?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() provincialNomination?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() siblingInCanada?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() relativeInCanada?: boolean;
  @ApiPropertyOptional({ enum: PROVINCES, nullable: true })
  @ValidateIf(optionalNullable)
  @IsString()
  intendedProvince?: string | null;
  @ApiPropertyOptional({ description: 'CAD' }) @IsOptional() @IsNumber() fundsAvailable?: number;
  @ApiPropertyOptional({ description: 'Applicant + spouse + dependent children' })
  @IsOptional()
  @IsNumber()
  familySize?: number;
}
