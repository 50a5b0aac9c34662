import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config';
import { redisOptions } from './redis-options';

/** BullMQ's root connection for one process: the api produces, the worker consumes. */
@Module({})
export class QueueModule {
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.redis.url, role),
            prefix: config.redis.queuePrefix,
          }),
        }),
      ],
      exports: [BullModule],
    };
  }
}
