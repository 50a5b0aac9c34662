/** The assess command: argument parsing and the three modes (readable, --json, --batch). */
import { createReadStream, readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { assess, type AssessOptions } from '@pcr/express-entry';
import { runBatch } from './batch';
import { formatAssessment, formatErrors } from './format-assessment';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export const USAGE = `Usage:
  assess <profile.json> [--json] [--no-what-if]   assess one profile (readable text, or the result as JSON)
  assess --batch [file|-] [--what-if]            NDJSON in (file or stdin), one JSON result per line out
Exit codes: 0 done, 1 invalid profile or unreadable file, 2 bad arguments.
`;

interface Args {
  json: boolean;
  batch: boolean;
  whatIf: boolean | null;
  file: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, batch: false, whatIf: null, file: null };
  for (const a of argv) {
    if (a === '--json') args.json = true;
    else if (a === '--batch') args.batch = true;
    else if (a === '--what-if') args.whatIf = true;
    else if (a === '--no-what-if') args.whatIf = false;
    else if (a === '-' || !a.startsWith('-')) {
      if (args.file !== null) return `only one file may be given (got ${args.file} and ${a})`;
      args.file = a;
    } else return `unknown option ${a}`;
  }
  if (!args.batch && (args.file === null || args.file === '-')) return 'a profile file is required';
  return args;
}

function options(whatIf: boolean): AssessOptions {
  return { whatIf, upcomingChanges: whatIf };
}

function readProfile(file: string, io: CliIo): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    io.stderr.write(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return { ok: false };
  }
}

function single(args: Args & { file: string }, io: CliIo): number {
  const read = readProfile(args.file, io);
  if (!read.ok) return 1;
  const outcome = assess(read.value, options(args.whatIf ?? true));
  if (!outcome.ok) {
    io.stderr.write(
      args.json ? JSON.stringify({ errors: outcome.errors }, null, 2) + '\n' : formatErrors(outcome.errors),
    );
    return 1;
  }
  const date = (read.value as { assessmentDate: string }).assessmentDate;
  io.stdout.write(args.json ? JSON.stringify(outcome.result, null, 2) + '\n' : formatAssessment(outcome.result, date));
  return 0;
}

/** Runs the command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`assess: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.batch) {
    const input = args.file === null || args.file === '-' ? io.stdin : createReadStream(args.file);
    try {
      await runBatch(input, io.stdout, options(args.whatIf ?? false));
      return 0;
    } catch (e) {
      io.stderr.write(`Cannot read ${args.file ?? 'stdin'}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  return single(args as Args & { file: string }, io);
}
