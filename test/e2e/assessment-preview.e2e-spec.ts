import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { assess } from '@pcr/express-entry';
import { startApi, type RunningApi } from '../support/api-harness';

interface Example {
  id: string;
  input: Record<string, unknown>;
  expected: { crs: { total: number } };
}
const examples = (
  JSON.parse(readFileSync(join(__dirname, '../../libs/express-entry/src/test-data/examples.json'), 'utf8')) as {
    cases: Example[];
  }
).cases;

describe('POST /api/v1/assessments/preview (public calculator)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ PREVIEW_RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const preview = (body: unknown, url = api.url) =>
    fetch(`${url}/api/v1/assessments/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each(examples.map((e) => [e.id, e] as const))('returns the engine result for example %s', async (_id, example) => {
    const response = await preview(example.input);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { crs: { total: number }; whatIf: unknown[]; rulesVersion: string };
    expect(body.crs.total).toBe(example.expected.crs.total);
    expect(body.rulesVersion).toEqual(expect.any(String));
    expect(Array.isArray(body.whatIf)).toBe(true);
  });

  it('answers 400 naming an unknown field and a wrong type', async () => {
    const response = await preview({ ...examples[0].input, passportNumber: 'X1', familySize: 'one' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ path: string }> };
    expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['passportNumber', 'familySize']));
  });

  it('answers 400 for a nested wrong type with its indexed path', async () => {
    const input = structuredClone(examples[0].input) as { languageTests: Array<{ scores: Record<string, unknown> }> };
    input.languageTests[0].scores['reading'] = 'seven';
    const body = (await (await preview(input)).json()) as { status: number; errors: Array<{ path: string }> };
    expect(body.status).toBe(400);
    expect(body.errors.map((e) => e.path)).toContain('languageTests[0].scores.reading');
  });

  it('answers 422 with the engine errors for a well-formed but invalid profile', async () => {
    const input = structuredClone(examples[0].input) as { languageTests: Array<{ scores: Record<string, number> }> };
    input.languageTests[0].scores['listening'] = 9.7;
    const response = await preview(input);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { code: string; errors: Array<{ path: string; code: string }> };
    expect(body.code).toBe('UNPROCESSABLE');
    expect(body.errors.map((e) => e.path)).toContain('languageTests[0].scores.listening');
  });

  it('never answers 5xx to malformed profiles (300 generated bodies)', async () => {
    const base = examples[0].input;
    const keys = Object.keys(base);
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.anything()),
      fc.object(),
    );
    const bodies = fc.sample(
      fc
        .record({ key: fc.constantFrom(...keys, 'unknownField'), value: junk })
        .map(({ key, value }) => ({ ...base, [key]: value })),
      { numRuns: 300, seed: 42 },
    );
    const statuses = await Promise.all(bodies.map(async (b) => (await preview(b)).status));
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(new Set(statuses.filter((s) => ![200, 400, 422].includes(s)))).toEqual(new Set());
  });

  it('agrees with the engine library on what-if for a profile with room to improve', async () => {
    const input = examples.find((e) => e.id === 'pte-clb7-boundary')?.input ?? examples[0].input;
    const direct = assess(input, { whatIf: true, upcomingChanges: true });
    if (!direct.ok) throw new Error('example should be valid');
    const body = (await (await preview(input)).json()) as { whatIf: unknown[] };
    expect(body.whatIf).toEqual(JSON.parse(JSON.stringify(direct.result.whatIf)));
  });
});

describe('the preview is rate-limited per address, in Redis', () => {
  let api: RunningApi;
  beforeAll(async () => {
    // A key prefix of its own: the suite above already counted hits from this address.
    api = await startApi({
      PREVIEW_RATE_LIMIT_PER_MINUTE: '3',
      QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}-ratelimit`,
    });
  });
  afterAll(() => api.close());

  it('answers 429 problem+json with Retry-After after the limit', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i += 1) {
      last = await fetch(`${api.url}/api/v1/assessments/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(examples[0].input),
      });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(last?.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
