import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pcr/platform';
import type { RequestContext } from '../application/auth-context';
import { EnrollTotpUseCase } from '../application/enroll-totp.use-case';
import { VerifyTotpUseCase } from '../application/verify-totp.use-case';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { ROLES } from '../domain/role';
import { TotpEnabledDto, TotpEnrolmentDto, TotpVerifyDto } from './auth.dto';
import { CurrentUser, RequestMeta } from './current-user.decorator';
import { AllowDuringSecondFactorSetup, Roles } from './route-access';

@ApiTags('auth')
@ApiBearerAuth()
@Roles(...ROLES)
@AllowDuringSecondFactorSetup()
@Controller('auth/totp')
export class SecondFactorController {
  constructor(
    private readonly enrollTotp: EnrollTotpUseCase,
    private readonly verifyTotp: VerifyTotpUseCase,
  ) {}

  @Post('enroll')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start TOTP enrolment: a new secret, not enabled until verified' })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  @ApiProblems(401, 409)
  enroll(@CurrentUser() user: AuthenticatedUser): Promise<TotpEnrolmentDto> {
    return this.enrollTotp.execute(user.id);
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable TOTP with a first code; answers the recovery codes once' })
  @ApiOkResponse({ type: TotpEnabledDto })
  @ApiProblems(400, 401, 409, 422)
  verify(
    @Body() body: TotpVerifyDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMeta() context: RequestContext,
  ): Promise<TotpEnabledDto> {
    return this.verifyTotp.execute(user, body.code, context);
  }
}
