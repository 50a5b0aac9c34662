import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@pcr/identity';
import { ApiProblems, UuidParam } from '@pcr/platform';
import { GetPingUseCase } from '../application/get-ping.use-case';
import { RequestPingUseCase } from '../application/request-ping.use-case';
import { OpsTokenGuard } from './ops-token.guard';
import { PingAcceptedDto, PingStatusDto, RequestPingDto } from './ping.dto';

@ApiTags('operations')
@ApiHeader({ name: 'X-Ops-Token', required: true, description: 'The operations token (OPS_TOKEN)' })
// Outside user sign-in for now: the static operations token guards it (moves to ADMIN with issue 4).
@Public()
@UseGuards(OpsTokenGuard)
@Controller('ops/ping')
export class PingController {
  constructor(
    private readonly requestPing: RequestPingUseCase,
    private readonly getPing: GetPingUseCase,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PingAcceptedDto, description: 'Queued; poll GET /ops/ping/{pingId}' })
  @ApiProblems(400, 401, 503)
  request(@Body() body: RequestPingDto): Promise<PingAcceptedDto> {
    return this.requestPing.execute({ workMs: body.workMs ?? 0 });
  }

  @Get(':pingId')
  @ApiOkResponse({ type: PingStatusDto })
  @ApiProblems(400, 401)
  status(@Param('pingId', new UuidParam('pingId')) pingId: string): Promise<PingStatusDto> {
    return this.getPing.execute(pingId);
  }
}
