import type { PrismaService } from './prisma.service';

export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];

/**
 * Runs `work` in one database transaction opened by a use case. Repositories receive the `tx`
 * so the change and its audit row commit or roll back together.
 */
export function inTransaction<T>(prisma: PrismaService, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { maxWait: 5_000, timeout: 15_000, isolationLevel: 'ReadCommitted' });
}
