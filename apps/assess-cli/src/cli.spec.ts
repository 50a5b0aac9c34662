/** The CLI as users run it: spawned through tsx from the repository root. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const main = join(root, 'apps/assess-cli/src/main.ts');
const examples = JSON.parse(readFileSync(join(root, 'libs/express-entry/src/test-data/examples.json'), 'utf8'))
  .cases as { id: string; input: Record<string, unknown>; expected: { crs: { total: number } } }[];

interface BatchLine {
  crs?: { total: number };
  errors?: unknown[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], stdin?: string) {
  const r = spawnSync(tsx, [main, ...args], { cwd: root, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const spouseCase = examples.find((c) => c.id === 'spouse-accompanying');
if (spouseCase === undefined) throw new Error('example missing');

describe('assess CLI', () => {
  it('prints a readable assessment with programs, reasons, CRS breakdown and what-if', () => {
    const r = cli([file('p.json', JSON.stringify(spouseCase.input))]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CRS 380 / 1,200');
    expect(r.out).toContain('FSW  not eligible (grid 67/100');
    expect(r.out).toContain('[FSW_INSUFFICIENT_SKILLED_EXPERIENCE]');
    expect(r.out).toContain('Spouse                     27');
    expect(r.out).toMatch(/\+600 -> +980 {2}A provincial or territorial nomination/);
  }, 60_000);

  it('--json prints the result object', () => {
    const r = cli(['--json', file('p.json', JSON.stringify(spouseCase.input))]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.crs.total).toBe(380);
    expect(result.whatIf.length).toBeGreaterThan(0);
  }, 60_000);

  it('an invalid profile prints its errors to stderr and exits 1', () => {
    const r = cli([file('bad.json', JSON.stringify({ ...spouseCase.input, assessmentDate: '2026-02-30' }))]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('assessmentDate: assessmentDate 2026-02-30 is not a calendar date [IMPOSSIBLE_DATE]');
  }, 60_000);

  it('a file that is not JSON, or missing, exits 1; a bad option exits 2', () => {
    expect(cli([file('x.json', '{nope')]).code).toBe(1);
    expect(cli([join(dir, 'missing.json')]).code).toBe(1);
    expect(cli(['--frobnicate']).code).toBe(2);
  }, 60_000);

  it('--batch answers each NDJSON line in order, with errors for bad lines, from a file or stdin', () => {
    const lines = [
      JSON.stringify(examples[0].input),
      '{not json',
      JSON.stringify({ ...examples[1].input, familySize: 0 }),
      '',
      JSON.stringify(examples[2].input),
    ].join('\n');
    for (const args of [['--batch', file('b.ndjson', lines)], ['--batch'], ['--batch', '-']]) {
      const r = cli(args, args.length === 1 || args[1] === '-' ? lines : undefined);
      expect(r.code).toBe(0);
      const out = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as BatchLine);
      expect(out).toHaveLength(4);
      expect(out[0].crs?.total).toBe(examples[0].expected.crs.total);
      expect(out[1]).toEqual({ errors: [expect.objectContaining({ path: '', code: 'INVALID_JSON' })] });
      expect(out[2]).toEqual({
        errors: [expect.objectContaining({ path: 'familySize', code: 'FAMILY_SIZE_INVALID' })],
      });
      expect(out[3].crs?.total).toBe(examples[2].expected.crs.total);
    }
  }, 120_000);
});
