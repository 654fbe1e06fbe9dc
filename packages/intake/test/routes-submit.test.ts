import { afterEach, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';

let t: TestServer;
afterEach(async () => t?.close());

describe('POST /api/requests', () => {
  it('stores a valid request and answers 201 with id, reference and status', async () => {
    t = await startTestServer();
    const request = validRequest();
    const response = await post(t.url, request);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; reference: string; status: string };
    expect(Object.keys(body).sort()).toEqual(['id', 'reference', 'status']);
    expect(body.status).toBe('submitted');
    expect(body.reference).toMatch(/^NPO-\d{4}-\d{6}$/);
    const stored = await t.store.get(body.id);
    expect(stored?.request).toEqual(request);
    expect(stored?.eligibilityCheck.flagged).toBe(false);
  });

  it('answers an exact retry with the first answer and stores one row', async () => {
    t = await startTestServer();
    const request = validRequest();
    const first = await post(t.url, request);
    const firstBody = await first.json();
    // Same content, different key order and whitespace on the wire: still the same request.
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
          : value;
    const reordered = JSON.stringify(reverseKeys(request), null, 2);
    expect(reordered.indexOf('"language"')).toBeLessThan(reordered.indexOf('"clientRequestId"'));
    const retry = await post(t.url, reordered, { 'Idempotency-Key': request.clientRequestId });
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(firstBody);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await t.store.count()).toBe(1);
  });

  it('still answers a retry with the first answer after the request moved on', async () => {
    t = await startTestServer();
    const request = validRequest();
    const firstBody = (await (await post(t.url, request)).json()) as { id: string };
    await t.store.transition(firstBody.id, { to: 'intake', actor: 'a', at: new Date().toISOString() });
    const retry = await post(t.url, request);
    expect(await retry.json()).toEqual(firstBody);
  });

  it('answers 409 when a key is reused for a different body', async () => {
    t = await startTestServer();
    const request = validRequest();
    await post(t.url, request);
    const other = await post(t.url, { ...request, question: `${request.question} En nog iets anders.` });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ error: 'idempotency-key-reused' });
    expect(await t.store.count()).toBe(1);
    expect((await t.store.list({ limit: 5 })).items[0]?.request.question).toBe(request.question);
  });

  it('keeps one row when the same request arrives many times at once', async () => {
    t = await startTestServer();
    const request = validRequest();
    const responses = await Promise.all(Array.from({ length: 25 }, () => post(t.url, request)));
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string }>));
    expect(responses.map((r) => r.status)).toEqual(Array(25).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(await t.store.count()).toBe(1);
  });

  it('requires an Idempotency-Key equal to clientRequestId', async () => {
    t = await startTestServer();
    const request = validRequest();
    const missing = await fetch(`${t.url}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'idempotency-key-required' });
    const other = await post(t.url, request, { 'Idempotency-Key': crypto.randomUUID() });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: 'idempotency-key-mismatch' });
    expect(await t.store.count()).toBe(0);
  });

  it('answers 422 with Dutch and English field errors and stores nothing', async () => {
    t = await startTestServer();
    const request = validRequest();
    const response = await post(t.url, {
      ...request,
      contact: { ...request.contact, email: 'geen-adres' },
      question: 'kort',
    });
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: { path: string; message: { nl: string; en: string } }[] };
    expect(errors.map((e) => e.path).sort()).toEqual(['contact.email', 'question']);
    for (const error of errors) {
      expect(error.message.nl.length).toBeGreaterThan(0);
      expect(error.message.en.length).toBeGreaterThan(0);
      expect(error.message.nl).not.toBe(error.message.en);
    }
    expect(await t.store.count()).toBe(0);
  });

  it('answers a filled honeypot with 202 and stores nothing; an empty one is dropped', async () => {
    t = await startTestServer();
    const bot = await post(t.url, { ...validRequest(), website: 'https://spam.example' });
    expect(bot.status).toBe(202);
    expect(await bot.json()).toEqual({ status: 'received' });
    expect(await t.store.count()).toBe(0);
    const person = validRequest();
    const ok = await post(t.url, { ...person, website: '' });
    expect(ok.status).toBe(201);
    const { id } = (await ok.json()) as { id: string };
    expect(await t.store.get(id)).toMatchObject({ request: person });
    expect(JSON.stringify((await t.store.get(id))?.request)).not.toContain('website');
  });

  it('refuses other content types (415), big bodies (413) and broken JSON (400)', async () => {
    t = await startTestServer();
    const request = validRequest();
    const text = await post(t.url, JSON.stringify(request), { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    const form = await post(t.url, 'a=b', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const big = await post(t.url, { ...request, question: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    const broken = await post(t.url, '{"clientRequestId": ', { 'Idempotency-Key': request.clientRequestId });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'invalid-json' });
    expect(await t.store.count()).toBe(0);
  });

  it('sends security headers and no-store', async () => {
    t = await startTestServer();
    const response = await post(t.url, validRequest());
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.headers.get('Strict-Transport-Security')).toContain('max-age');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('allows CORS only for listed origins and refuses posts from others', async () => {
    t = await startTestServer({ allowedOrigins: ['https://www.gemeente.nl'] });
    const preflight = await fetch(`${t.url}/api/requests`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.gemeente.nl',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://www.gemeente.nl');
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('idempotency-key');
    const allowed = await post(t.url, validRequest(), { Origin: 'https://www.gemeente.nl' });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://www.gemeente.nl');

    const foreignPreflight = await fetch(`${t.url}/api/requests`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(foreignPreflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const foreign = await post(t.url, validRequest(), { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await t.store.count()).toBe(1);
  });

  it('limits posts per client and minute when configured', async () => {
    t = await startTestServer({ rateLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(t.url, validRequest())).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await post(t.url, validRequest());
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await t.store.count()).toBe(3);
  });

  it('re-checks eligibility with its own figures and flags a mismatch', async () => {
    t = await startTestServer();
    const honest = validRequest();
    const inflated = validRequest();
    inflated.eligibility = { ...inflated.eligibility, answers: { ...inflated.eligibility.answers, inhabitants: 120_000 } };
    const unknown = validRequest({ municipality: { code: 'GM9999', name: 'Nergenshuizen' } });
    const [a, b, c] = await Promise.all([post(t.url, honest), post(t.url, inflated), post(t.url, unknown)]);
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    const [sa, sb, sc] = await Promise.all(
      [a, b, c].map(async (r) => t.store.get(((await r.json()) as { id: string }).id)),
    );
    expect(sa?.eligibilityCheck).toMatchObject({ status: 'match', flagged: false, differences: [] });
    expect(sa?.eligibilityCheck.serverDecision?.outcome).toBe('eligible');
    expect(sa?.eligibilityCheck.serverDecision?.dataSnapshot).toBe('test-snapshot');
    // The client claimed 120.000 inhabitants but still sent "eligible": the server uses 971 and agrees on
    // the outcome, yet flags the figure.
    expect(sb?.eligibilityCheck.flagged).toBe(true);
    expect(sb?.eligibilityCheck.differences).toContainEqual({ field: 'inhabitants', client: 120_000, server: 971 });
    expect(sb?.eligibilityCheck.serverDecision?.answers.inhabitants).toBe(971);
    expect(sc?.eligibilityCheck).toMatchObject({ status: 'unavailable', flagged: true, reason: 'unknown-municipality' });
  });
});
