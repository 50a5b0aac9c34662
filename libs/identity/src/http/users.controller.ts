import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, UuidParam } from '@pcr/platform';
import type { RequestContext } from '../application/auth-context';
import { CreateStaffUserUseCase } from '../application/create-staff-user.use-case';
import { ListUsersUseCase } from '../application/list-users.use-case';
import { ResetSecondFactorUseCase } from '../application/reset-second-factor.use-case';
import { UpdateUserUseCase } from '../application/update-user.use-case';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { CurrentUser, RequestMeta } from './current-user.decorator';
import { Roles } from './route-access';
import {
  CreatedUserDto,
  CreateUserDto,
  ListUsersQueryDto,
  ManagedUserDto,
  UpdateUserDto,
  UserPageDto,
} from './users.dto';

@ApiTags('users')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('users')
export class UsersController {
  constructor(
    private readonly createStaffUser: CreateStaffUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly updateUser: UpdateUserUseCase,
    private readonly resetSecondFactor: ResetSecondFactorUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(
    @Body() body: CreateUserDto,
    @CurrentUser() admin: AuthenticatedUser,
    @RequestMeta() context: RequestContext,
  ): Promise<CreatedUserDto> {
    return this.createStaffUser.execute(admin, body, context);
  }

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.listUsers.execute(query);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ManagedUserDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(
    @Param('id', new UuidParam('id')) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() admin: AuthenticatedUser,
    @RequestMeta() context: RequestContext,
  ): Promise<ManagedUserDto> {
    return this.updateUser.execute(admin, id, body, context);
  }

  @Post(':id/reset-mfa')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "Clears the user's TOTP and recovery codes and ends their sessions" })
  @ApiProblems(400, 401, 403, 404)
  resetMfa(
    @Param('id', new UuidParam('id')) id: string,
    @CurrentUser() admin: AuthenticatedUser,
    @RequestMeta() context: RequestContext,
  ): Promise<void> {
    return this.resetSecondFactor.execute(admin, id, context);
  }
}
