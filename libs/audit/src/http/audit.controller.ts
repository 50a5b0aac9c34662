import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@pcr/platform';
import type { FastifyRequest } from 'fastify';
import { type AuditReader, ListAuditEventsUseCase } from '../application/list-audit-events.use-case';
import { AuditEventPageDto, ListAuditEventsQueryDto } from './audit.dto';

type AuthenticatedRequest = FastifyRequest & { user?: AuditReader };

@ApiTags('audit')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('audit')
export class AuditController {
  constructor(private readonly listEvents: ListAuditEventsUseCase) {}

  @Get()
  @ApiOkResponse({ type: AuditEventPageDto, description: 'Audit events, newest first' })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListAuditEventsQueryDto, @Req() request: AuthenticatedRequest): Promise<AuditEventPageDto> {
    // The AccessGuard has authenticated the request and checked the role before this runs.
    if (!request.user) throw new Error('GET /audit reached without an authenticated user');
    return this.listEvents.execute(request.user, query, { requestId: String(request.id), ip: request.ip });
  }
}
