import { Injectable } from '@nestjs/common';
import type { PingStatus } from '../domain/ping';
import { PingRepository } from '../infrastructure/ping.repository';

@Injectable()
export class GetPingUseCase {
  constructor(private readonly pings: PingRepository) {}

  async execute(pingId: string): Promise<PingStatus> {
    const record = await this.pings.findProcessed(pingId);
    return record
      ? {
          pingId,
          status: 'done',
          requestedAt: record.requestedAt.toISOString(),
          processedAt: record.processedAt.toISOString(),
        }
      : { pingId, status: 'pending', requestedAt: null, processedAt: null };
  }
}
