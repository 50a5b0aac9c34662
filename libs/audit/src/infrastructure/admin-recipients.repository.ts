import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import type { CheckpointRecipient } from '../application/checkpoint-mailer';

@Injectable()
export class AdminRecipientsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findActiveAdmins(): Promise<CheckpointRecipient[]> {
    const rows = await this.prisma.user.findMany({
      where: { role: 'ADMIN', active: true },
      select: { id: true, email: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => ({ userId: r.id, email: r.email }));
  }
}
