// `npm start`: validates the configuration, checks PostgreSQL and Redis, creates and migrates the
// database, then runs the api and the worker together until Ctrl-C. Both are compiled on the fly
// by SWC (decorator metadata included); production images run the webpack build instead.
import { spawn } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';
import { migrate } from './db/migrate.mjs';
import { printDemoUsers, seedDemo } from './seed-demo.mjs';
import { checkServices } from './services.mjs';

const { loadConfig, ConfigError } = await tsImport('../libs/platform/src/config/index.ts', import.meta.url);

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}

const problems = await checkServices({ databaseUrl: config.database.url, redisUrl: config.redis.url });
if (problems.length > 0) {
  for (const line of problems) console.error(line);
  process.exit(1);
}

let demoUsers = [];
try {
  await migrate(config.database.url);
  if (config.env !== 'production') demoUsers = await seedDemo(config.database.url, config.env);
} catch (error) {
  console.error(`Could not prepare the database: ${error.message ?? error}`);
  process.exit(1);
}

const children = ['api', 'worker'].map((name) =>
  spawn(process.execPath, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  }),
);

console.log(`
PCR Desk is starting
  API     ${config.http.publicUrl}/api/v1   (readiness: ${config.http.publicUrl}/api/v1/health/ready)
  Docs    ${config.http.publicUrl}/docs
  Mail    ${config.mail.smtpUrl ? 'sent over SMTP' : `no SMTP_URL: messages are written to ${config.mail.outboxDir}/`}
  Ops     X-Ops-Token: ${config.env === 'production' ? '(OPS_TOKEN)' : config.opsToken}
Press Ctrl-C to stop.
`);
printDemoUsers(demoUsers);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`a PCR Desk process exited (code ${code}); stopping the other one`);
      stop('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(stopping ? 0 : 1);
  });
}
