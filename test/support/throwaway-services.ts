import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Private PostgreSQL and Redis servers on free ports, for tests that stop or restart a service.
 * The shared servers on 5432/6379 are never stopped by a test.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class ThrowawayRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort());
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => reject(new Error('redis-server exited')));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

function pgBin(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort();
  const bin = join('/usr/lib/postgresql', versions[versions.length - 1], 'bin', name);
  if (!existsSync(bin)) throw new Error(`${bin} not found: install PostgreSQL (apt-get install postgresql)`);
  return bin;
}

// initdb and postgres refuse to run as root; on CI machines we are root, so use the postgres user.
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export class ThrowawayPostgres {
  private constructor(
    readonly port: number,
    private readonly root: string,
  ) {}

  private get dataDir(): string {
    return join(this.root, 'data');
  }

  private get serverOptions(): string {
    return `-p ${this.port} -k ${this.root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  }

  static async start(): Promise<ThrowawayPostgres> {
    const root = mkdtempSync(join(tmpdir(), 'pcr-pg-'));
    chmodSync(root, 0o777);
    const dataDir = join(root, 'data');
    const [cmd, args] = asPostgresUser(pgBin('initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
    ]);
    execFileSync(cmd, args, { stdio: 'ignore' });
    const pg = new ThrowawayPostgres(await freePort(), root);
    pg.resume();
    return pg;
  }

  private ctl(action: string, extra: string[] = []): void {
    const [cmd, args] = asPostgresUser(pgBin('pg_ctl'), [
      action,
      '-D',
      this.dataDir,
      '-l',
      join(this.root, 'server.log'),
      ...extra,
    ]);
    execFileSync(cmd, args, { stdio: 'ignore' });
  }

  url(database = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  stop(): void {
    this.ctl('stop', ['-m', 'immediate', '-w']);
  }

  resume(): void {
    this.ctl('start', ['-w', '-o', this.serverOptions]);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
