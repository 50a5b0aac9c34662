import { Controller, Get, HttpCode, Post, Req, Res, UseGuards, Body } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pcr/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../application/auth-context';
import { GetCurrentUserUseCase } from '../application/get-current-user.use-case';
import { LogoutUseCase } from '../application/logout.use-case';
import { RefreshSessionUseCase } from '../application/refresh-session.use-case';
import { StartSessionUseCase } from '../application/start-session.use-case';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { ROLES } from '../domain/role';
import { AccessTokenDto, CurrentUserDto, LoginDto, LoginResponseDto } from './auth.dto';
import { CurrentUser, RequestMeta } from './current-user.decorator';
import { LocalAuthGuard } from './local-auth.guard';
import { clearRefreshCookie, readRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie';
import { AllowDuringSecondFactorSetup, Public, Roles } from './route-access';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly startSession: StartSessionUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logout: LogoutUseCase,
    private readonly currentUser: GetCurrentUserUseCase,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: `Also sets the ${REFRESH_COOKIE} HttpOnly cookie` })
  @ApiProblems(400, 401, 423, 429, 503)
  async login(
    @Body() _credentials: LoginDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMeta() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const session = await this.startSession.execute(user, context);
    setRefreshCookie(reply, session.refreshToken, session.refreshMaxAgeSeconds);
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: session.user };
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: AccessTokenDto, description: `Rotates the ${REFRESH_COOKIE} cookie` })
  @ApiProblems(401)
  async refresh(
    @Req() request: FastifyRequest,
    @RequestMeta() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenDto> {
    const session = await this.refreshSession.execute(readRefreshCookie(request), context);
    setRefreshCookie(reply, session.refreshToken, session.refreshMaxAgeSeconds);
    return { accessToken: session.accessToken, expiresIn: session.expiresIn };
  }

  // Public: the access token may already have expired when the user signs out.
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiNoContentResponse({ description: `Revokes the session and clears the ${REFRESH_COOKIE} cookie` })
  @ApiProblems()
  async signOut(
    @Req() request: FastifyRequest,
    @RequestMeta() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.logout.execute(readRefreshCookie(request), context);
    clearRefreshCookie(reply);
  }

  @Roles(...ROLES)
  @AllowDuringSecondFactorSetup()
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: CurrentUserDto })
  @ApiProblems(401)
  me(@CurrentUser() user: AuthenticatedUser): Promise<CurrentUserDto> {
    return this.currentUser.execute(user.id);
  }
}
