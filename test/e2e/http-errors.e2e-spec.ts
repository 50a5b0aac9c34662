import { startApi, type RunningApi } from '../support/api-harness';

// Personal-looking values sent in bodies, query strings and headers: none may reach a log line.
const PERSONAL = {
  name: 'Zoë Łukasz-Núñez',
  email: 'zoe.lukasz@example.org',
  dateOfBirth: '1991-04-17',
  documentNumber: 'P4366918',
};

describe('HTTP errors are RFC 9457 problem+json and logs carry no personal data', () => {
  let api: RunningApi;
  const opsHeaders = () => ({ 'x-ops-token': api.config.opsToken, 'content-type': 'application/json' });

  beforeAll(async () => {
    api = await startApi({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => api.close());

  async function expectProblem(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status,
      code,
      type: expect.stringContaining('/problems/'),
      title: expect.any(String),
    });
    expect(body['detail']).toEqual(expect.any(String));
    expect(body['instance']).toEqual(expect.stringMatching(/^\/api\/v1\//));
    expect(body['requestId']).toBe(response.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack|SELECT|prisma/i);
    return body;
  }

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    await expectProblem(await fetch(`${api.url}/api/v1/no-such-route`), 404, 'ROUTE_NOT_FOUND');
  });

  it('answers an unknown field with 400 and names it in errors', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: opsHeaders(),
      body: JSON.stringify({ workMs: 0, ...PERSONAL }),
    });
    const body = await expectProblem(response, 400, 'VALIDATION_FAILED');
    const paths = (body['errors'] as Array<{ path: string; code: string }>).map((e) => e.path).sort();
    expect(paths).toEqual(['dateOfBirth', 'documentNumber', 'email', 'name']);
    expect(JSON.stringify(body)).not.toContain(PERSONAL.documentNumber);
  });

  it('answers a wrong type with 400 naming the field', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: opsHeaders(),
      body: JSON.stringify({ workMs: 'soon' }),
    });
    const body = await expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body['errors']).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'workMs', code: 'IS_INT' })]),
    );
  });

  it('answers a body over the limit with 413', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: opsHeaders(),
      body: JSON.stringify({ filler: 'x'.repeat(10_000), note: PERSONAL.name }),
    });
    await expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: opsHeaders(),
      body: `{"email": "${PERSONAL.email}",`,
    });
    await expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('answers a non-JSON content type with 415', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: { 'x-ops-token': api.config.opsToken, 'content-type': 'text/plain' },
      body: PERSONAL.name,
    });
    await expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a missing ops token with 401', async () => {
    const response = await fetch(`${api.url}/api/v1/ops/ping`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('keeps a safe incoming request id and replaces an unsafe one', async () => {
    const kept = await fetch(`${api.url}/api/v1/health`, { headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-abc-12345');
    const replaced = await fetch(`${api.url}/api/v1/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the route template, never the query string, a body or a personal value', async () => {
    const query = new URLSearchParams({ email: PERSONAL.email, dob: PERSONAL.dateOfBirth });
    await fetch(`${api.url}/api/v1/health?${query.toString()}`, {
      headers: {
        authorization: `Bearer ${PERSONAL.documentNumber}`,
        cookie: `name=${encodeURIComponent(PERSONAL.name)}`,
      },
    });
    const lines = api.logs.join('\n');
    expect(lines).toContain('"route":"/api/v1/health"');
    for (const value of [...Object.values(PERSONAL), encodeURIComponent(PERSONAL.email), 'Zo%C3%AB']) {
      expect(lines).not.toContain(value);
    }
    expect(lines).not.toContain('?email');
  });
});
