import { Module } from '@nestjs/common';
import { AuditLog } from './infrastructure/audit-log';

/** Api side: write audit rows. */
@Module({
  providers: [AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
