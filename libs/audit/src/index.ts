export { AuditModule } from './audit.module';
export { AuditLog } from './infrastructure/audit-log';
export type { AuditEventInput } from './domain/audit-event';
