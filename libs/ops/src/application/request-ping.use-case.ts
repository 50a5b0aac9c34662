import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PingProducer } from '../infrastructure/ping.producer';

@Injectable()
export class RequestPingUseCase {
  constructor(private readonly producer: PingProducer) {}

  async execute(input: { workMs: number }): Promise<{ pingId: string; jobId: string }> {
    const pingId = randomUUID();
    const jobId = await this.producer.enqueue({ pingId, requestedAt: new Date().toISOString(), workMs: input.workMs });
    return { pingId, jobId };
  }
}
