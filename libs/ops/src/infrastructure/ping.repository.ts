import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';

export interface PingRecord {
  pingId: string;
  requestedAt: Date;
  processedAt: Date;
}

@Injectable()
export class PingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Idempotent: a redelivered job (after a crash or a retry) records nothing twice. */
  async recordProcessed(pingId: string, requestedAt: Date, processedBy: string): Promise<void> {
    await this.prisma.systemPing.createMany({
      data: [{ id: pingId, requestedAt, processedBy }],
      skipDuplicates: true, // INSERT ... ON CONFLICT DO NOTHING: the first record stands
    });
  }

  async findProcessed(pingId: string): Promise<PingRecord | null> {
    const row = await this.prisma.systemPing.findUnique({
      where: { id: pingId },
      select: { id: true, requestedAt: true, processedAt: true },
    });
    return row ? { pingId: row.id, requestedAt: row.requestedAt, processedAt: row.processedAt } : null;
  }
}
