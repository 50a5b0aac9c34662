import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '../domain/role';
import { STAFF_ROLES, type StaffRole } from '../domain/staff-user';
import { USER_PAGE_MAX } from '../application/list-users.use-case';

class LawyerFieldsDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Lawyers only' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  lawSociety?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Lawyers only' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  licenceNumber?: string;

  @ApiPropertyOptional({ description: 'Lawyers only: checked at signing' })
  @IsOptional()
  @IsBoolean()
  goodStanding?: boolean;
}

export class CreateUserDto extends LawyerFieldsDto {
  @ApiProperty({ format: 'email', description: 'Case-insensitive, unique' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES, description: 'Staff only; clients sign up or are invited' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;
}

export class UpdateUserDto extends LawyerFieldsDto {
  @ApiProperty({ description: 'The version last read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ description: "false deactivates: the user's tokens stop working at once" })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListUsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: USER_PAGE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(USER_PAGE_MAX)
  limit?: number;
}

export class ManagedUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty() active!: boolean;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ type: String, nullable: true }) lawSociety!: string | null;
  @ApiProperty({ type: String, nullable: true }) licenceNumber!: string | null;
  @ApiProperty() goodStanding!: boolean;
  @ApiProperty({ description: 'Send back in PATCH for optimistic concurrency' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class CreatedUserDto {
  @ApiProperty({ type: ManagedUserDto }) user!: ManagedUserDto;
  @ApiProperty({ description: 'One-time temporary password, shown only in this answer' }) temporaryPassword!: string;
}

export class UserPageDto {
  @ApiProperty({ type: [ManagedUserDto] }) items!: ManagedUserDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
