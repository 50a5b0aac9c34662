import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { AssessmentHttpModule } from '@pcr/assessment';
import { AuditHttpModule, AuditSealingModule } from '@pcr/audit';
import { DbModule } from '@pcr/db';
import { IdentityModule } from '@pcr/identity';
import { OpsHttpModule } from '@pcr/ops';
import {
  type AppConfig,
  ConfigModule,
  type Logger,
  LoggingModule,
  MailModule,
  QueueModule,
  RateLimitModule,
} from '@pcr/platform';
import { HealthModule } from './health/health.module';

/** Composition only: platform services, then one module per feature. No business logic here. */
@Module({})
export class AppModule {
  /** `extraModules`: composed after the features (tests add probe routes this way). */
  static register(config: AppConfig, logger: Logger, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DbModule,
        AuditSealingModule,
        QueueModule.forRoot('producer'),
        MailModule,
        RateLimitModule,
        IdentityModule,
        AuditHttpModule,
        HealthModule,
        OpsHttpModule,
        AssessmentHttpModule,
        ...extraModules,
      ],
    };
  }
}
