import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Unit checks of docker/compose.yml and docker/Dockerfile: no Docker engine needed, they only read
// the files. They guard what the README and the operations story rely on.

const ROOT = join(__dirname, '..', '..');

interface PortMapping {
  hostIp: string | null;
  published: string | null;
  target: string;
}

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  ports?: (string | number | { target: number | string; published?: number | string; host_ip?: string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: Record<string, string | null> | string[];
  container_name?: string;
}

interface ComposeFile {
  services: Record<string, Service>;
}

interface Stage {
  from: string;
  name: string | null;
  instructions: string[];
}

const compose = parse(readFileSync(join(ROOT, 'docker/compose.yml'), 'utf8')) as ComposeFile;
const services = compose.services;
const stages = readStages(readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8'));

/** Short syntax `[ip:]published:target[/proto]` or long syntax, as plain strings. */
function portsOf(service: Service): PortMapping[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return {
        hostIp: port.host_ip ?? null,
        published: port.published === undefined ? null : String(port.published),
        target: String(port.target),
      };
    }
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const target = parts.pop() as string;
    const published = parts.pop() ?? null;
    return { hostIp: parts.length > 0 ? parts.join(':') : null, published, target };
  });
}

function dependencies(service: Service): Record<string, { condition?: string }> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((name) => [name, {}])) : deps;
}

function environment(service: Service): Record<string, string | null> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(
    env.map((pair) => [pair.split('=')[0], pair.includes('=') ? pair.slice(pair.indexOf('=') + 1) : null]),
  );
}

/** Services others wait for with service_completed_successfully: one-shot jobs, not long-running. */
function oneShotServices(): Set<string> {
  const names = new Set<string>();
  for (const service of Object.values(services)) {
    for (const [name, dep] of Object.entries(dependencies(service))) {
      if (dep.condition === 'service_completed_successfully') names.add(name);
    }
  }
  return names;
}

/** Dockerfile stages, with line continuations joined and comments dropped. */
function readStages(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const result: Stage[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) {
      result.push({ from: from[1], name: from[2] ?? null, instructions: [] });
    } else if (result.length > 0) {
      result[result.length - 1].instructions.push(line);
    }
  }
  return result;
}

function stage(name: string): Stage {
  const found = stages.find((s) => s.name === name);
  if (!found) throw new Error(`docker/Dockerfile has no stage named ${name}`);
  return found;
}

/** The instructions a stage runs with, its own and those of the stages it is built FROM. */
function lineage(name: string): Stage[] {
  const chain: Stage[] = [];
  let current: Stage | undefined = stage(name);
  while (current) {
    chain.unshift(current);
    const parent: string = current.from;
    current = stages.find((s) => s.name === parent);
  }
  return chain;
}

describe('docker/compose.yml', () => {
  it('defines postgres, redis, migrate, api and worker', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate', 'api', 'worker']));
  });

  it('runs PostgreSQL 16 with its data in a named volume', () => {
    expect(services.postgres.image).toMatch(/^postgres:16(\b|$)/);
    expect(JSON.stringify(services.postgres)).toContain(':/var/lib/postgresql/data');
  });

  it('runs Redis 7 with append-only persistence and no eviction (BullMQ needs both)', () => {
    expect(services.redis.image).toMatch(/^redis:7(\b|$)/);
    const command = ([] as string[]).concat(services.redis.command ?? []).join(' ');
    expect(command).toMatch(/--appendonly\s+yes/);
    expect(command).toMatch(/--maxmemory-policy\s+noeviction/);
  });

  it('publishes PostgreSQL 5432 and Redis 6379 on 127.0.0.1 for the README quick start', () => {
    expect(portsOf(services.postgres)).toContainEqual({ hostIp: '127.0.0.1', published: '5432', target: '5432' });
    expect(portsOf(services.redis)).toContainEqual({ hostIp: '127.0.0.1', published: '6379', target: '6379' });
  });

  it('publishes the api on port 3000', () => {
    expect(portsOf(services.api)).toContainEqual(expect.objectContaining({ published: '3000', target: '3000' }));
  });

  it('gives every long-running service a healthcheck', () => {
    const oneShot = oneShotServices();
    expect([...oneShot]).toEqual(['migrate']);
    for (const [name, service] of Object.entries(services)) {
      if (oneShot.has(name)) continue;
      expect({ name, disabled: service.healthcheck?.disable ?? false }).toEqual({ name, disabled: false });
      expect({ name, test: service.healthcheck?.test }).toEqual({ name, test: expect.anything() });
    }
  });

  it('starts api and worker only after migrate completed successfully and redis is healthy', () => {
    for (const name of ['api', 'worker']) {
      const deps = dependencies(services[name]);
      expect({ name, migrate: deps.migrate?.condition }).toEqual({ name, migrate: 'service_completed_successfully' });
      expect({ name, redis: deps.redis?.condition }).toEqual({ name, redis: 'service_healthy' });
    }
    expect(dependencies(services.migrate).postgres?.condition).toBe('service_healthy');
  });

  it('lets the worker scale: no published ports and no container_name', () => {
    expect(services.worker.ports ?? []).toEqual([]);
    expect(services.worker.container_name).toBeUndefined();
  });

  it('runs api and worker in production mode, listening on every interface, against the compose services', () => {
    for (const name of ['api', 'worker']) {
      const env = environment(services[name]);
      expect({ name, NODE_ENV: env.NODE_ENV, HOST: env.HOST }).toEqual({
        name,
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
      });
      expect(new URL(env.DATABASE_URL ?? '').hostname).toBe('postgres');
      expect(new URL(env.REDIS_URL ?? '').hostname).toBe('redis');
      // Required in production: declared so they pass through from the operator's environment.
      expect(Object.keys(env)).toEqual(expect.arrayContaining(['OPS_TOKEN', 'SMTP_URL']));
    }
    expect(new URL(environment(services.migrate).DATABASE_URL ?? '').hostname).toBe('postgres');
  });

  it('builds migrate, api and worker from docker/Dockerfile stages of the same names', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      const build = services[name].build;
      expect({ name, dockerfile: build?.dockerfile, target: build?.target }).toEqual({
        name,
        dockerfile: 'docker/Dockerfile',
        target: name,
      });
      expect(stage(name)).toBeDefined();
    }
  });
});

describe('docker/Dockerfile', () => {
  it('is multi-stage and every base image it pulls is Node 24', () => {
    expect(stages.length).toBeGreaterThan(1);
    const names = new Set(stages.map((s) => s.name));
    const external = stages.map((s) => s.from).filter((from) => !names.has(from));
    expect(external.length).toBeGreaterThan(0);
    for (const image of external) expect(image).toMatch(/^node:24(-|$)/);
  });

  it('builds both apps in a stage that installs every dependency', () => {
    const build = stage('build').instructions.join('\n');
    expect(build).toMatch(/npm ci(?!.*--omit)/);
    expect(build).toMatch(/nx run-many -t build -p api worker/);
  });

  it('runs api, worker and migrate as the non-root node user in production mode on 0.0.0.0', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      expect({ name, user: stage(name).instructions.filter((i) => /^USER\s/i.test(i)) }).toEqual({
        name,
        user: ['USER node'],
      });
      const env = lineage(name)
        .flatMap((s) => s.instructions)
        .filter((i) => /^ENV\s/i.test(i))
        .join(' ');
      expect(env).toMatch(/NODE_ENV=production/);
      expect(env).toMatch(/HOST=0\.0\.0\.0/);
    }
  });

  it('installs only production dependencies in the runtime stages (no npm ci without --omit=dev)', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const installs = lineage(name)
        .flatMap((s) => s.instructions)
        .filter((i) => /npm (ci|install)/.test(i));
      for (const install of installs) expect(install).toMatch(/--omit=dev/);
    }
  });

  it('checks the api readiness route with node (slim images have no curl)', () => {
    const healthcheck = stage('api').instructions.find((i) => /^HEALTHCHECK\s/i.test(i));
    expect(healthcheck).toBeDefined();
    expect(healthcheck).toContain('/api/v1/health/ready');
    expect(healthcheck).toMatch(/"node"/);
    expect(healthcheck).not.toMatch(/curl|wget/);
  });

  it('starts each app from its webpack bundle, and migrate with the migration script', () => {
    expect(stage('api').instructions.join('\n')).toMatch(/^CMD .*dist\/apps\/api\/main\.js/m);
    expect(stage('worker').instructions.join('\n')).toMatch(/^CMD .*dist\/apps\/worker\/main\.js/m);
    expect(stage('migrate').instructions.join('\n')).toMatch(
      /^CMD .*--experimental-wasm-modules.*scripts\/db\/migrate\.mjs/m,
    );
  });
});
