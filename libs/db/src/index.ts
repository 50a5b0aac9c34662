export { DbModule } from './db.module';
export { PrismaService, createPgAdapter } from './prisma.service';
export { inTransaction, type Tx } from './transaction';
export { Prisma } from './generated/prisma/client';
