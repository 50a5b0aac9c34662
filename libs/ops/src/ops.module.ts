import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { GetPingUseCase } from './application/get-ping.use-case';
import { RecordPingUseCase } from './application/record-ping.use-case';
import { RequestPingUseCase } from './application/request-ping.use-case';
import { PING_JOB } from './domain/ping.job';
import { PingController } from './http/ping.controller';
import { PingProcessor } from './infrastructure/ping.processor';
import { PingProducer } from './infrastructure/ping.producer';
import { PingRepository } from './infrastructure/ping.repository';

/** HTTP side (api): enqueue and read pings. */
@Module({
  imports: [BullModule.registerQueue({ name: PING_JOB.queue })],
  controllers: [PingController],
  providers: [RequestPingUseCase, GetPingUseCase, PingProducer, PingRepository],
})
export class OpsHttpModule {}

/** Worker side: process pings. */
@Module({
  imports: [BullModule.registerQueue({ name: PING_JOB.queue })],
  providers: [PingProcessor, RecordPingUseCase, PingRepository],
})
export class OpsWorkerModule {}
