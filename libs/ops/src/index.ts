export { OpsHttpModule, OpsWorkerModule } from './ops.module';
export { PING_JOB, type PingPayload } from './domain/ping.job';
