import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../domain/role';

export class LoginDto {
  @ApiProperty({ format: 'email', example: 'ada@example.com', description: 'Case-insensitive' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  // No minimum here: a login must not reveal the policy's rules; 1024 caps argon2's input.
  @ApiProperty({ format: 'password', maxLength: 1024 })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ pattern: '^\\d{6}$', description: 'Required (or recoveryCode) once TOTP is enabled' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totpCode?: string;

  @ApiPropertyOptional({ maxLength: 32, description: 'A single-use recovery code, instead of totpCode' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  recoveryCode?: string;
}

export class CurrentUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ description: 'True once a TOTP second factor is enrolled' }) mfaEnabled!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Lawyers only' }) lawSociety!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Lawyers only' }) licenceNumber!: string | null;
  @ApiProperty({ description: 'Lawyers only: checked at signing' }) goodStanding!: boolean;
}

export class AccessTokenDto {
  @ApiProperty({ description: 'HS256 JWT; send as `Authorization: Bearer <token>`; keep in memory only' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;
}

export class LoginResponseDto extends AccessTokenDto {
  @ApiProperty({ type: CurrentUserDto }) user!: CurrentUserDto;
}

export class TotpEnrolmentDto {
  @ApiProperty({ description: 'The TOTP secret, base32 (for manual entry)' }) secret!: string;
  @ApiProperty({ description: 'otpauth://totp/... URI for a QR code' }) otpauthUri!: string;
}

export class TotpVerifyDto {
  @ApiProperty({ pattern: '^\\d{6}$', example: '123456' })
  @Matches(/^\d{6}$/)
  code!: string;
}

export class TotpEnabledDto extends AccessTokenDto {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown only this once' })
  recoveryCodes!: string[];
}
