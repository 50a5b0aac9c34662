import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import type { PingPayload } from '../domain/ping.job';
import { PingRepository } from '../infrastructure/ping.repository';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class RecordPingUseCase {
  constructor(private readonly pings: PingRepository) {}

  async execute(payload: PingPayload): Promise<void> {
    if (payload.workMs > 0) await sleep(payload.workMs);
    await this.pings.recordProcessed(payload.pingId, new Date(payload.requestedAt), `${hostname()}:${process.pid}`);
  }
}
