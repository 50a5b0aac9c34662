import { type DynamicModule, Module } from '@nestjs/common';
import { AuditWorkerModule } from '@pcr/audit';
import { DbModule } from '@pcr/db';
import { OpsWorkerModule } from '@pcr/ops';
import { type AppConfig, ConfigModule, type Logger, LoggingModule, MailModule, QueueModule } from '@pcr/platform';

/** Composition of the worker: BullMQ processors from the feature libs, no controllers. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DbModule,
        QueueModule.forRoot('worker'),
        MailModule,
        OpsWorkerModule,
        AuditWorkerModule,
      ],
    };
  }
}
