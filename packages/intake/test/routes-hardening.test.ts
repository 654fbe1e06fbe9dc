import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddressResolver, rateLimitBucket } from '../src/client-address.js';
import type { EligibilityDataSource } from '../src/eligibility-check.js';
import { adminToken, agreeingSource, call, post, startServerOn, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { storeKinds } from './stores.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Opens a raw connection to the test server. */
function socketTo(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection (or the wait ends). */
function untilClosed(socket: Socket, ms: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('error', () => undefined);
    const timer = setTimeout(() => resolve({ text, closed: false }), ms);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
  });
}

async function auditAddresses(url: string): Promise<string[]> {
  const page = (await (await call(url, adminToken, '/api/audit')).json()) as { items: { clientAddress: string }[] };
  return page.items.map((e) => e.clientAddress).reverse();
}

describe.each(storeKinds)('hardening on $name', ({ open }) => {
  it('lists at most 20 errors, with unknown field names cut to 64 characters', async () => {
    t = await startServerOn(open);
    const body: Record<string, unknown> = { ...validRequest() };
    for (let i = 0; i < 280; i += 1) body[`${'k'.repeat(90)}${i}`] = 1;
    const text = JSON.stringify(body);
    expect(text.length).toBeGreaterThan(27_000);
    expect(text.length).toBeLessThan(32 * 1024);
    const response = await post(t.url, body);
    expect(response.status).toBe(422);
    const answer = await response.text();
    expect(answer.length).toBeLessThan(10_000);
    const { errors } = JSON.parse(answer) as { errors: { path: string; code: string; message: { en: string } }[] };
    expect(errors).toHaveLength(20);
    for (const error of errors) {
      expect(error.code).toBe('unknown-field');
      expect([...error.path].length).toBeLessThanOrEqual(65);
      expect(error.message.en).toContain(`"${'k'.repeat(64)}…"`);
    }
  });

  it('refuses a body over 32 KB with 413 and Connection: close, before reading it', async () => {
    t = await startServerOn(open);
    const big = validRequest();
    big.question = 'x'.repeat(33 * 1024);
    const refused = await post(t.url, big);
    expect(refused.status).toBe(413);
    expect(refused.headers.get('Connection')).toBe('close');

    const socket = await socketTo(t.url);
    const request = validRequest();
    socket.write(
      `POST /api/requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${request.clientRequestId}\r\n` +
        'Content-Length: 100000\r\nConnection: keep-alive\r\n\r\n{"question":"',
    );
    const { text, closed } = await untilClosed(socket, 5000);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text.toLowerCase()).toContain('connection: close');
    expect(closed).toBe(true);
    // The next request, on a new connection, goes through.
    expect((await post(t.url, request)).status).toBe(201);
  });

  it('cuts off slow clients and caps the number of connections', async () => {
    t = await startServerOn(open, { headersTimeoutMs: 1000, requestTimeoutMs: 1500, maxConnections: 3 });
    const slowBody = await socketTo(t.url);
    slowBody.write(
      'POST /api/requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n' +
        `Idempotency-Key: ${validRequest().clientRequestId}\r\n\r\n`,
    );
    const dribble = setInterval(() => slowBody.writable && slowBody.write('{'), 200);
    const slowHeaders = await socketTo(t.url);
    const drip = setInterval(() => slowHeaders.writable && slowHeaders.write('X'), 200);
    slowHeaders.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    const started = Date.now();
    const [body, headers] = await Promise.all([untilClosed(slowBody, 8000), untilClosed(slowHeaders, 8000)]);
    clearInterval(dribble);
    clearInterval(drip);
    expect(body.closed).toBe(true);
    expect(headers.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(body.text).toMatch(/^HTTP\/1\.1 408 |^$/);

    const held = await Promise.all([socketTo(t.url), socketTo(t.url), socketTo(t.url)]);
    const extra = await socketTo(t.url);
    expect((await untilClosed(extra, 3000)).closed).toBe(true);
    for (const s of held) s.destroy();
  });

  it('is ready when the store takes a write', async () => {
    t = await startServerOn(open);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: t.store.dialect });
  });

  it('refuses NUL, unpaired surrogates and direction controls with 422, keeping line breaks and tabs in the question', async () => {
    t = await startServerOn(open);
    const cases: [string, (r: ReturnType<typeof validRequest>) => void][] = [
      ['question', (r) => (r.question = `${r.question}\u0000`)],
      ['question', (r) => (r.question = `${r.question}\ud800`)],
      ['contact.name', (r) => (r.contact = { ...r.contact, name: 'Jan \u202eseirV ed' })],
      ['contact.role', (r) => (r.contact = { ...r.contact, role: 'Beleids\nmedewerker' })],
    ];
    for (const [path, change] of cases) {
      const request = validRequest();
      change(request);
      const response = await post(t.url, request);
      expect(response.status, path).toBe(422);
      expect(await response.json()).toEqual({ errors: [expect.objectContaining({ path, code: 'invalid-characters' })] });
    }
    expect(await t.store.count()).toBe(0);
    const kept = validRequest();
    kept.question = `Eerste regel van de vraag\r\n\tmet een tweede regel.`;
    expect((await post(t.url, kept)).status).toBe(201);
  });

  it('answers a permanent store error with 500 and no Retry-After', async () => {
    // Server figures that hold a NUL end up in the stored check: no store takes them, and no retry helps.
    const poisoned: EligibilityDataSource = {
      lookup: (code) => {
        const found = agreeingSource.lookup(code);
        return found && { ...found, name: 'Schier\u0000monnikoog' };
      },
      snapshotId: 'test',
    };
    t = await startServerOn(open, { eligibilityData: poisoned });
    const response = await post(t.url, validRequest());
    expect(response.status).toBe(500);
    expect(response.headers.get('Retry-After')).toBeNull();
    expect(await response.json()).toMatchObject({ error: 'store-rejected' });
    expect(await t.store.count()).toBe(0);
  });

  it('flags a municipality name that does not match its code', async () => {
    t = await startServerOn(open);
    const wrong = validRequest();
    wrong.municipality = { code: 'GM0088', name: 'Ameland' };
    const right = validRequest();
    right.municipality = { code: 'GM0088', name: ' schiermonnikoog ' };
    const w = (await (await post(t.url, wrong)).json()) as { id: string };
    const r = (await (await post(t.url, right)).json()) as { id: string };
    expect((await t.store.get(w.id))?.eligibilityCheck).toMatchObject({
      flagged: true,
      status: 'mismatch',
      differences: [{ field: 'municipalityName', client: 'Ameland', server: 'Schiermonnikoog' }],
    });
    expect((await t.store.get(r.id))?.eligibilityCheck.flagged).toBe(false);
  });

  it('compares clientRequestId without regard to case', async () => {
    t = await startServerOn(open);
    const request = validRequest();
    const upper = { ...request, clientRequestId: request.clientRequestId.toUpperCase() };
    const first = await post(t.url, upper);
    expect(first.status).toBe(201);
    const again = await post(t.url, request);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await t.store.count()).toBe(1);
  });

  it('believes X-Forwarded-For only from trusted hops or networks, and limits IPv6 clients per /64', async () => {
    t = await startServerOn(open, { trustProxy: 2 });
    const fail = (forwarded: string) =>
      fetch(`${t!.url}/api/requests`, { headers: { Authorization: `Bearer ${'z'.repeat(40)}`, 'X-Forwarded-For': forwarded } });
    await fail('198.51.100.7, 203.0.113.9, 10.0.0.2');
    await fail('10.0.0.2');
    expect(await auditAddresses(t.url)).toEqual(['203.0.113.9', '10.0.0.2']);
    await t.close();

    t = await startServerOn(open, { trustProxy: ['127.0.0.0/8', '10.0.0.0/8', 'fd00::/8'] });
    await fail('198.51.100.7, 203.0.113.9, fd00::5, 10.0.0.2');
    await fail('10.9.9.9, 10.0.0.2');
    expect(await auditAddresses(t.url)).toEqual(['203.0.113.9', '10.9.9.9']);
    await t.close();

    t = await startServerOn(open, { trustProxy: ['127.0.0.1'], rateLimit: 1 });
    const from = (address: string) => post(t!.url, validRequest(), { 'X-Forwarded-For': address });
    expect((await from('2001:db8:1:2::1')).status).toBe(201);
    expect((await from('2001:db8:1:2:ffff::9')).status).toBe(429);
    expect((await from('2001:db8:1:3::1')).status).toBe(201);
    expect((await from('198.51.100.1')).status).toBe(201);
    expect((await from('198.51.100.2')).status).toBe(201);
  });

  it('answers staff routes only to the staff origins, which are none by default', async () => {
    t = await startServerOn(open, { allowedOrigins: ['https://www.gemeente.nl'] });
    const allow = async (method: string, path: string, origin: string, preflightFor?: string) => {
      const response = await fetch(`${t!.url}${path}`, {
        method,
        headers: {
          Origin: origin,
          ...(preflightFor ? { 'Access-Control-Request-Method': preflightFor } : {}),
          ...(method === 'GET' ? { Authorization: `Bearer ${adminToken}` } : {}),
        },
      });
      return response.headers.get('Access-Control-Allow-Origin');
    };
    expect(await allow('OPTIONS', '/api/requests', 'https://www.gemeente.nl', 'POST')).toBe('https://www.gemeente.nl');
    expect(await allow('OPTIONS', '/api/requests', 'https://www.gemeente.nl', 'GET')).toBeNull();
    expect(await allow('GET', '/api/requests', 'https://www.gemeente.nl')).toBeNull();
    expect(await allow('OPTIONS', '/api/audit', 'https://www.gemeente.nl', 'GET')).toBeNull();
    await t.close();

    t = await startServerOn(open, { allowedOrigins: ['https://www.gemeente.nl'], adminAllowedOrigins: ['https://werkplek.aanbieder.nl'] });
    expect(await allow('GET', '/api/requests', 'https://werkplek.aanbieder.nl')).toBe('https://werkplek.aanbieder.nl');
    expect(await allow('OPTIONS', '/api/requests/x/notes', 'https://werkplek.aanbieder.nl', 'POST')).toBe(
      'https://werkplek.aanbieder.nl',
    );
    expect(await allow('GET', '/api/requests', 'https://www.gemeente.nl')).toBeNull();
  });
});

describe('client address', () => {
  it('resolves hops and networks, and ignores what clients may forge', () => {
    expect(clientAddressResolver(undefined)('::ffff:192.0.2.1', '203.0.113.9')).toBe('192.0.2.1');
    expect(clientAddressResolver(1)('10.0.0.1', '203.0.113.9, 198.51.100.3')).toBe('198.51.100.3');
    expect(clientAddressResolver(3)('10.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddressResolver(1)('10.0.0.1', 'garbage')).toBe('10.0.0.1');
    const networks = clientAddressResolver(['10.0.0.0/8']);
    expect(networks('192.0.2.1', '203.0.113.9')).toBe('192.0.2.1');
    expect(networks('10.0.0.1', '[2001:db8::1]:4711, 10.2.3.4')).toBe('2001:db8::1');
  });

  it('buckets IPv6 by /64 and IPv4 per address', () => {
    expect(rateLimitBucket('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(rateLimitBucket('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(rateLimitBucket('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitBucket('192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitBucket(undefined)).toBe('unknown');
  });
});
