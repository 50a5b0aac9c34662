import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';

// Helpers for the integration suite only (not exported from the lib).
const ROOT = resolve(__dirname, '../../../..');

/** As the database owner, without `-c role=pcr_app`: what an intruder with the owner's password has. */
export async function asOwner<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs a TypeScript file of this repository in its own Node process, as the npm scripts do. */
export function runTsProcess(
  file: string,
  args: string[],
  databaseUrl: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', file, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: databaseUrl },
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
  });
}
