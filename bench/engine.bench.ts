/**
 * Engine throughput on one core: full assessments (validation + the whole contract result, no
 * what-if), validation only, and what-if + upcoming changes latency.
 * Run: npx tsx bench/engine.bench.ts [--quick]
 *
 * Profiles: the 24 worked examples plus generated ones from a seeded PRNG (same set every run),
 * round-tripped through JSON like real request bodies.
 *
 * The library is measured as shipped: bundled by esbuild into one module (as the api/worker builds
 * and the browser bundle do). Under tsx each source file is a separate CommonJS module and every
 * cross-file call goes through an export getter; that figure is printed too, for comparison.
 * The machine is shared, so each figure is the best of several rounds (the median is shown too).
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as source from '../libs/express-entry/src/index';

type Lib = Pick<typeof source, 'assess' | 'validateProfile'>;

const EXAMPLES = join(__dirname, '../libs/express-entry/src/test-data/examples.json');
const GENERATED = 4000;
const quick = process.argv.includes('--quick');

/** Mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = prng(20261125);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
const pad = (n: number) => (n < 10 ? '0' + n : '' + n);
const date = (y0: number, y1: number) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;

const NOCS = ['21231', '72200', '62200', '63200', '00012', '41200', '13110', '73300', '92100', '44101'];
const EDU = ['secondary', 'one_year', 'two_year', 'bachelors', 'two_or_more', 'masters', 'doctoral'];

function test(): Record<string, unknown> {
  const kind = pick(['IELTS_GT', 'CELPIP_G', 'PTE_CORE', 'TEF', 'TCF']);
  const d = date(2024, 2026);
  const s = (lo: number, hi: number, step = 1) => Math.round(int(lo / step, hi / step)) * step;
  const scores: Record<string, (a: number) => number> = {
    IELTS_GT: () => s(4, 9, 0.5),
    CELPIP_G: () => s(4, 12),
    PTE_CORE: () => s(30, 90),
    TEF: () => s(300, 699),
    TCF: (a) => (a < 2 ? s(330, 699) : s(4, 20)),
  };
  const f = scores[kind];
  return { test: kind, date: d, scores: { listening: f(0), reading: f(1), writing: f(2), speaking: f(3) } };
}

function work(): Record<string, unknown> {
  const start = date(2015, 2025);
  const ongoing = rnd() < 0.3;
  const end = ongoing
    ? null
    : `${Math.min(2026, Number(start.slice(0, 4)) + int(0, 4))}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  return {
    inCanada: rnd() < 0.5,
    noc: pick(NOCS),
    hoursPerWeek: pick([15, 20, 30, 37.5, 40, 45]),
    startDate: start,
    endDate: end !== null && end < start ? start : end,
    fullTimeStudent: rnd() < 0.1,
    selfEmployed: rnd() < 0.05,
  };
}

function generated(): Record<string, unknown> {
  const married = rnd() < 0.4;
  return {
    assessmentDate: '2026-' + pad(int(1, 11)) + '-' + pad(int(1, 28)),
    dateOfBirth: date(1975, 2004),
    maritalStatus: married ? 'married' : 'single',
    spouse: married
      ? {
          accompanying: rnd() < 0.8,
          education: pick(EDU),
          languageTest: rnd() < 0.7 ? test() : null,
          work: rnd() < 0.5 ? [work()] : [],
        }
      : undefined,
    education: { level: pick(EDU), canadian: pick(['none', 'one_or_two_year', 'three_year_or_more']) },
    languageTests: Array.from({ length: int(0, 2) }, test),
    work: Array.from({ length: int(0, 4) }, work),
    certificateOfQualification: rnd() < 0.1 ? { noc: '72200' } : null,
    jobOffer: rnd() < 0.15 ? { noc: pick(NOCS), valid: true } : null,
    authorizedToWorkInCanada: rnd() < 0.3,
    provincialNomination: rnd() < 0.05,
    siblingInCanada: rnd() < 0.1,
    intendedProvince: pick(['ON', 'BC', 'AB', 'QC']),
    fundsAvailable: int(0, 60000),
    familySize: int(1, 5),
  };
}

async function bundledLibrary(): Promise<Lib> {
  const out = await build({
    entryPoints: [join(__dirname, '../libs/express-entry/src/index.ts')],
    bundle: true,
    platform: 'neutral',
    format: 'cjs',
    target: 'es2022',
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  const file = join(dir, 'express-entry.cjs');
  writeFileSync(file, out.outputFiles[0].text);
  const lib = require(file) as Lib; // eslint-disable-line @typescript-eslint/no-require-imports
  rmSync(dir, { recursive: true, force: true });
  return lib;
}

function loadProfiles(lib: Lib): unknown[] {
  const parsed = JSON.parse(readFileSync(EXAMPLES, 'utf8')) as { cases: { input: unknown }[] };
  const profiles: unknown[] = parsed.cases.map((c) => c.input);
  while (profiles.length < parsed.cases.length + GENERATED) {
    // Round-trip through JSON: real profiles arrive as parsed JSON (flat strings, plain objects).
    const p: unknown = JSON.parse(JSON.stringify(generated()));
    if (lib.validateProfile(p).length === 0) profiles.push(p);
  }
  return profiles;
}

/** Items per second over one pass-set lasting about `seconds`. */
function throughput(profiles: unknown[], seconds: number, fn: (p: unknown) => boolean): number {
  let n = 0;
  let sink = 0;
  const t0 = performance.now();
  const limit = t0 + seconds * 1000;
  while (performance.now() < limit) {
    for (let i = 0; i < profiles.length; i++) if (fn(profiles[i])) sink++;
    n += profiles.length;
  }
  const elapsed = (performance.now() - t0) / 1000;
  if (sink < 0) console.log(sink);
  return n / elapsed;
}

/** Best and median of several rounds. */
function rounds(count: number, seconds: number, profiles: unknown[], fn: (p: unknown) => boolean): [number, number] {
  const r = Array.from({ length: count }, () => throughput(profiles, seconds, fn)).sort((a, b) => a - b);
  return [r[r.length - 1], r[Math.floor(r.length / 2)]];
}

function latencies(lib: Lib, profiles: unknown[], passes: number): { mean: number; p99: number } {
  const times: number[] = [];
  for (let r = 0; r < passes; r++) {
    for (const p of profiles) {
      const t0 = performance.now();
      lib.assess(p, { whatIf: true, upcomingChanges: true });
      times.push((performance.now() - t0) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return { mean, p99: times[Math.floor(times.length * 0.99)] };
}

const perSecond = ([best, median]: [number, number]) =>
  `${Math.round(best).toLocaleString('en-US')} (median ${Math.round(median).toLocaleString('en-US')})`;

async function main(): Promise<void> {
  const lib = await bundledLibrary();
  const profiles = loadProfiles(lib);
  const [count, secs] = quick ? [3, 0.5] : [7, 1];
  const full = (l: Lib) => (p: unknown) => l.assess(p).ok;
  const validate = (p: unknown) => lib.validateProfile(p).length === 0;
  throughput(profiles, 2, full(lib)); // warm-up: let the JIT settle before measuring
  throughput(profiles, 1, validate);
  latencies(lib, profiles.slice(0, 1000), 1);
  const assessRate = rounds(count, secs, profiles, full(lib));
  const validateRate = rounds(count, secs, profiles, validate);
  const lat = latencies(lib, profiles, quick ? 1 : 3);
  throughput(profiles, 1, full(source));
  const unbundled = rounds(quick ? 2 : 3, secs, profiles, full(source));
  const rows: [string, string][] = [
    ['profiles (24 examples + generated)', String(profiles.length)],
    ['full assessments / s, 1 core (bundled)', perSecond(assessRate)],
    ['validation only / s, 1 core (bundled)', perSecond(validateRate)],
    ['what-if + upcoming changes, mean µs', lat.mean.toFixed(1)],
    ['what-if + upcoming changes, p99 µs', lat.p99.toFixed(1)],
    ['full assessments / s, 1 core (tsx, unbundled)', perSecond(unbundled)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`| ${'measure'.padEnd(w)} | ${'value'.padEnd(v)} |`);
  console.log(`|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|`);
  for (const [k, val] of rows) console.log(`| ${k.padEnd(w)} | ${val.padEnd(v)} |`);
}

void main();
