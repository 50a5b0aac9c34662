// Checks that PostgreSQL and Redis answer, for `npm start` and `npm test`. Each failure is one
// clear line saying what is down and how to start it.
import net from 'node:net';

function reachable(url, fallbackPort) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || fallbackPort) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function checkServices({ databaseUrl, redisUrl }) {
  const problems = [];
  if (!(await reachable(databaseUrl, 5432))) {
    const u = new URL(databaseUrl);
    problems.push(
      `PostgreSQL is not reachable at ${u.hostname}:${u.port || 5432}: start it (e.g. \`pg_ctlcluster 15 main start\`) or run \`docker compose -f docker/compose.yml up -d postgres redis\`, or set DATABASE_URL.`,
    );
  }
  if (!(await reachable(redisUrl, 6379))) {
    const u = new URL(redisUrl);
    problems.push(
      `Redis is not reachable at ${u.hostname}:${u.port || 6379}: start it (e.g. \`redis-server --daemonize yes\`) or run \`docker compose -f docker/compose.yml up -d postgres redis\`, or set REDIS_URL.`,
    );
  }
  return problems;
}
