/**
 * `--batch`: NDJSON in (one profile per line), one JSON line out per profile, in order. A line
 * that is not JSON or not a valid profile yields `{"errors":[...]}` and the rest carry on.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { assess, type AssessOptions, type ProfileError } from '@pcr/express-entry';

function lineResult(line: string, lineNumber: number, options: AssessOptions): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const error: ProfileError = { path: '', code: 'INVALID_JSON', message: `line ${lineNumber}: ${reason}` };
    return JSON.stringify({ errors: [error] });
  }
  const outcome = assess(input, options);
  return JSON.stringify(outcome.ok ? outcome.result : { errors: outcome.errors });
}

/** Blank lines are skipped (not answered), as NDJSON readers usually do. Returns the count. */
export async function runBatch(input: Readable, output: Writable, options: AssessOptions): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let count = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const ok = output.write(lineResult(line, lineNumber, options) + '\n');
    count++;
    if (!ok) await new Promise((resolve) => output.once('drain', resolve));
  }
  return count;
}
