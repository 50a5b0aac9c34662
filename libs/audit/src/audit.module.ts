import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditSealer } from './application/audit-sealer';
import { AuditVerifier } from './application/audit-verifier';
import { CHECKPOINT_MAILER } from './application/checkpoint-mailer';
import { CreateCheckpointUseCase } from './application/create-checkpoint.use-case';
import { ListAuditEventsUseCase } from './application/list-audit-events.use-case';
import { MailCheckpointUseCase } from './application/mail-checkpoint.use-case';
import { AUDIT_CHECKPOINT_JOB } from './domain/audit-checkpoint.job';
import { AuditController } from './http/audit.controller';
import { AdminRecipientsRepository } from './infrastructure/admin-recipients.repository';
import { AuditChainRepository } from './infrastructure/audit-chain.repository';
import { AuditCheckpointProcessor } from './infrastructure/audit-checkpoint.processor';
import { AuditCheckpointScheduler } from './infrastructure/audit-checkpoint.scheduler';
import { AuditLog } from './infrastructure/audit-log';
import { AuditQueryRepository } from './infrastructure/audit-query.repository';
import { AuditSealerService } from './infrastructure/audit-sealer.service';
import { MailServiceCheckpointMailer } from './infrastructure/mail-service-checkpoint.mailer';

/** Write, seal and verify the audit trail. Feature modules import this to get AuditLog. */
@Module({
  providers: [AuditLog, AuditChainRepository, AuditSealer, AuditVerifier, CreateCheckpointUseCase],
  exports: [AuditLog, AuditSealer, AuditVerifier, CreateCheckpointUseCase],
})
export class AuditModule {}

/** Api side, imported once by AppModule: seals pending events every second. */
@Module({
  imports: [AuditModule],
  providers: [AuditSealerService],
})
export class AuditSealingModule {}

/** Api side: ADMIN reads the audit trail (`GET /audit`). */
@Module({
  imports: [AuditModule],
  controllers: [AuditController],
  providers: [ListAuditEventsUseCase, AuditQueryRepository],
})
export class AuditHttpModule {}

/** Worker side: the daily checkpoint job (producer of today's job and its processor). */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: AUDIT_CHECKPOINT_JOB.queue })],
  providers: [
    AuditCheckpointProcessor,
    AuditCheckpointScheduler,
    MailCheckpointUseCase,
    AdminRecipientsRepository,
    { provide: CHECKPOINT_MAILER, useClass: MailServiceCheckpointMailer },
  ],
})
export class AuditWorkerModule {}
