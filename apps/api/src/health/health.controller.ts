import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@pcr/identity';
import { ApiProblems, AppError } from '@pcr/platform';
import { LivenessDto, ReadinessDto } from './health.dto';
import { HealthProbes } from './health.probes';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly probes: HealthProbes) {}

  @Get()
  @ApiOkResponse({ type: LivenessDto, description: 'The process is up' })
  @ApiProblems()
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto, description: 'PostgreSQL and Redis both answer' })
  @ApiProblems(503)
  async ready(): Promise<ReadinessDto> {
    const [postgres, redis] = await Promise.all([this.probes.postgres(), this.probes.redisCheck()]);
    const checks = { postgres, redis };
    if (postgres.status === 'down' || redis.status === 'down') {
      const down = Object.entries(checks)
        .filter(([, c]) => c.status === 'down')
        .map(([name]) => name);
      throw new AppError('SERVICE_UNAVAILABLE', `Not ready: ${down.join(' and ')} unavailable.`, undefined, { checks });
    }
    return { status: 'ok', checks };
  }
}
