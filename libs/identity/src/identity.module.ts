import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '@pcr/audit';
import { APP_CONFIG } from '@pcr/platform';
import { AccessTokenIssuer } from './application/access-token.issuer';
import { CheckSecondFactorUseCase } from './application/check-second-factor.use-case';
import { EnrollTotpUseCase } from './application/enroll-totp.use-case';
import { TotpSecretCipher } from './application/totp-secret-cipher';
import { VerifyTotpUseCase } from './application/verify-totp.use-case';
import { SecondFactorRepository } from './infrastructure/second-factor.repository';
import { AuthenticateAccessTokenUseCase } from './application/authenticate-access-token.use-case';
import { GetCurrentUserUseCase } from './application/get-current-user.use-case';
import { IDENTITY_CONFIG, identityConfigFrom } from './application/identity-config';
import { LogoutUseCase } from './application/logout.use-case';
import { PasswordHasher } from './application/password-hasher';
import { RefreshSessionUseCase } from './application/refresh-session.use-case';
import { StartSessionUseCase } from './application/start-session.use-case';
import { VerifyCredentialsUseCase } from './application/verify-credentials.use-case';
import { AccessGuard } from './http/access.guard';
import { AuthController } from './http/auth.controller';
import { SecondFactorController } from './http/second-factor.controller';
import { UsersController } from './http/users.controller';
import { UserAdminRepository } from './infrastructure/user-admin.repository';
import { CreateStaffUserUseCase } from './application/create-staff-user.use-case';
import { ListUsersUseCase } from './application/list-users.use-case';
import { UpdateUserUseCase } from './application/update-user.use-case';
import { ResetSecondFactorUseCase } from './application/reset-second-factor.use-case';
import { JwtStrategy } from './http/jwt.strategy';
import { LocalStrategy } from './http/local.strategy';
import { LoginThrottle } from './infrastructure/login-throttle';
import { RefreshTokenRepository } from './infrastructure/refresh-token.repository';
import { UserRepository } from './infrastructure/user.repository';

/**
 * Authentication for the api: login, refresh, logout, me, and the global deny-by-default guard
 * (APP_GUARD), which applies to every route of the app that imports this module.
 */
@Module({
  // The secret is passed at signing time from IdentityConfig, so JwtModule needs no options.
  imports: [PassportModule.register({ session: false }), JwtModule.register({}), AuditModule],
  controllers: [AuthController, SecondFactorController, UsersController],
  providers: [
    { provide: IDENTITY_CONFIG, useFactory: identityConfigFrom, inject: [APP_CONFIG] },
    PasswordHasher,
    AccessTokenIssuer,
    VerifyCredentialsUseCase,
    StartSessionUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    AuthenticateAccessTokenUseCase,
    GetCurrentUserUseCase,
    TotpSecretCipher,
    EnrollTotpUseCase,
    VerifyTotpUseCase,
    CheckSecondFactorUseCase,
    SecondFactorRepository,
    UserAdminRepository,
    CreateStaffUserUseCase,
    ListUsersUseCase,
    UpdateUserUseCase,
    ResetSecondFactorUseCase,
    UserRepository,
    RefreshTokenRepository,
    LoginThrottle,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordHasher],
})
export class IdentityModule {}
