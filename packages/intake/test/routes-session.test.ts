import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { adminToken, call, post, startServerOn, staffToken, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { storeKinds } from './stores.js';

/** The session cookie of a sign-in answer, with its attributes. */
function sessionCookie(response: Response): { value: string; attributes: string[] } {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('npo_session='));
  expect(header, 'a session cookie is set').toBeDefined();
  const [pair, ...attributes] = (header as string).split(/;\s*/);
  return { value: (pair as string).slice('npo_session='.length), attributes };
}

function signIn(url: string, token: string): Promise<Response> {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ token }),
  });
}

/** A call with the session cookie only (as a browser sends it), with extra headers such as Origin. */
function withCookie(url: string, cookie: string, path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) {
  return fetch(`${url}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: {
      Cookie: `npo_session=${cookie}`,
      ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
}

const opened: TestServer[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

describe.each(storeKinds)('browser sessions on $name', ({ open }) => {
  async function server(options: Parameters<typeof startServerOn>[1] = {}): Promise<TestServer> {
    const t = await startServerOn(open, options);
    opened.push(t);
    return t;
  }

  it('exchange a personal token once for an HttpOnly, SameSite=Strict cookie that signs in every staff route', async () => {
    const t = await server();
    const token = await staffToken(t.store, 'ann@example.nl', 'coordinator');
    const response = await signIn(t.url, token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: Record<string, unknown>; expiresAt: string };
    expect(body.user).toEqual({ kind: 'user', role: 'coordinator', name: 'ann', email: 'ann@example.nl', provider: null });
    // Idle timeout 30 minutes from now.
    expect(Math.abs(Date.parse(body.expiresAt) - Date.now() - 30 * 60_000)).toBeLessThan(60_000);
    const cookie = sessionCookie(response);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    // On 127.0.0.1 a browser takes the cookie over plain http only without Secure.
    expect(cookie.attributes).not.toContain('Secure');

    const created = (await (await post(t.url, validRequest())).json()) as { id: string };
    const list = await withCookie(t.url, cookie.value, '/api/requests');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { total: number }).total).toBe(1);
    const me = await withCookie(t.url, cookie.value, '/api/session');
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('ann@example.nl');
    const audit = await t.store.listAudit({ limit: 10 });
    expect(audit.items.find((e) => e.action === 'list')?.actor).toBe('ann@example.nl');

    // Changes with the cookie must come from this site.
    const move = { json: { to: 'intake' } };
    const path = `/api/requests/${created.id}/transitions`;
    expect((await withCookie(t.url, cookie.value, path, move)).status).toBe(403);
    const elsewhere = await withCookie(t.url, cookie.value, path, { ...move, headers: { Origin: 'https://evil.example' } });
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as { error: string }).error).toBe('cross-site');
    expect((await withCookie(t.url, cookie.value, path, { ...move, headers: { Origin: t.url } })).status).toBe(200);
    const note = { json: { text: 'Gebeld' }, headers: { 'Sec-Fetch-Site': 'same-origin' } };
    expect((await withCookie(t.url, cookie.value, `/api/requests/${created.id}/notes`, note)).status).toBe(201);
    // A bearer token goes on working as before, without Origin.
    expect((await call(t.url, token, `/api/requests/${created.id}/notes`, { json: { text: 'Token' } })).status).toBe(201);
  });

  it('refuse a wrong token with 401, audited, and then 429 like other sign-ins', async () => {
    const t = await server();
    const wrong = await signIn(t.url, 'x'.repeat(40));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect((await t.store.listAudit({ limit: 5 })).items.map((e) => e.action)).toEqual(['sign-in-failed']);
    expect((await signIn(t.url, '')).status).toBe(422);
    let status = 0;
    for (let i = 0; i < 25 && status !== 429; i += 1) status = (await signIn(t.url, `wrong-${i}`.padEnd(40, 'x'))).status;
    expect(status).toBe(429);
  });

  it('end on sign-out, on the server: the cookie is cleared and no longer signs in', async () => {
    const t = await server();
    const token = await staffToken(t.store, 'ann@example.nl', 'coordinator');
    const { value } = sessionCookie(await signIn(t.url, token));
    // Signing out is a change too: from another site it is refused.
    expect((await withCookie(t.url, value, '/api/session', { method: 'DELETE', headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    const out = await withCookie(t.url, value, '/api/session', { method: 'DELETE', headers: { Origin: t.url } });
    expect(out.status).toBe(204);
    const cleared = sessionCookie(out);
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toContain('Max-Age=0');
    expect(await t.store.session(createHash('sha256').update(value).digest('hex'))).toBeUndefined();
    expect((await withCookie(t.url, value, '/api/requests')).status).toBe(401);
    expect((await withCookie(t.url, value, '/api/session')).status).toBe(401);
    // Signing out twice is fine.
    expect((await withCookie(t.url, value, '/api/session', { method: 'DELETE', headers: { Origin: t.url } })).status).toBe(204);
  });

  it('end after the idle time, at 12 hours however active, and when the account is revoked', async () => {
    let clock = Date.parse('2026-03-02T08:00:00.000Z');
    const t = await server({ now: () => new Date(clock), sessionIdleMinutes: 10 });
    const token = await staffToken(t.store, 'ann@example.nl', 'coordinator');
    const first = sessionCookie(await signIn(t.url, token)).value;
    clock += 9 * 60_000;
    const seen = await withCookie(t.url, first, '/api/session');
    expect(((await seen.json()) as { expiresAt: string }).expiresAt).toBe(new Date(clock + 10 * 60_000).toISOString());
    // Active every 9 minutes until just before 12 hours: still signed in; at 12 hours: not.
    for (let i = 0; i < 78; i += 1) {
      clock += 9 * 60_000;
      expect((await withCookie(t.url, first, '/api/me')).status, `after ${(i + 2) * 9} minutes`).toBe(200);
    }
    clock = Date.parse('2026-03-02T20:00:00.000Z');
    expect((await withCookie(t.url, first, '/api/me')).status).toBe(401);

    const second = sessionCookie(await signIn(t.url, token)).value;
    clock += 10 * 60_000;
    expect((await withCookie(t.url, second, '/api/me')).status).toBe(401);

    const third = sessionCookie(await signIn(t.url, token)).value;
    expect((await withCookie(t.url, third, '/api/me')).status).toBe(200);
    await t.store.revokeUser('ann@example.nl', { actor: 'test', clientAddress: null, at: new Date(clock).toISOString() });
    expect((await withCookie(t.url, third, '/api/me')).status).toBe(401);
  });

  it('sign in with the bootstrap token too', async () => {
    const t = await server();
    const response = await signIn(t.url, adminToken);
    expect(((await response.json()) as { user: { kind: string } }).user.kind).toBe('bootstrap');
    const { value } = sessionCookie(response);
    expect((await withCookie(t.url, value, '/api/audit')).status).toBe(200);
  });
});

describe('browser sessions across instances', () => {
  it.each(storeKinds)('work on every instance of one $name database', async ({ open }) => {
    const opened = await open();
    const a = await startTestServer({ store: opened.store });
    const b = await startTestServer({ store: await opened.another() });
    try {
      const token = await staffToken(a.store, 'ann@example.nl', 'coordinator');
      const { value } = sessionCookie(await signIn(a.url, token));
      expect((await withCookie(b.url, value, '/api/me')).status).toBe(200);
      expect((await withCookie(b.url, value, '/api/session', { method: 'DELETE', headers: { Origin: b.url } })).status).toBe(204);
      expect((await withCookie(a.url, value, '/api/me')).status).toBe(401);
    } finally {
      await b.close();
      await a.close();
      opened.cleanup();
    }
  });
});

describe('the session table of a SQLite file', () => {
  it('keep neither the token nor the session id in the store, only the hash of the id', async () => {
    const t = await startTestServer();
    opened.push(t);
    const token = await staffToken(t.store, 'ann@example.nl', 'adviser', 'sardes');
    const { value } = sessionCookie(await signIn(t.url, token));
    const hash = createHash('sha256').update(value).digest('hex');
    expect((await t.store.session(hash))?.user?.email).toBe('ann@example.nl');
    expect(await t.store.session(value)).toBeUndefined();
    {
      const bytes = ['', '-wal'].map((suffix) => {
        try {
          return readFileSync(`${t.dbFile}${suffix}`).toString('latin1');
        } catch {
          return '';
        }
      });
      expect(bytes.join('')).toContain(hash);
      expect(bytes.join('')).not.toContain(value);
      expect(bytes.join('')).not.toContain(token);
    }
  });

});

describe('the session cookie outside localhost', () => {
  it('is Secure', async () => {
    const t = await startTestServer();
    opened.push(t);
    const token = await staffToken(t.store, 'ann@example.nl', 'coordinator');
    const { port } = new URL(t.url);
    const setCookie = await new Promise<string[]>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/api/session', method: 'POST', headers: { Host: 'intake.example.nl', 'Content-Type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.headers['set-cookie'] ?? []);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ token }));
    });
    expect(setCookie[0]).toMatch(/; Secure(;|$)/);
  });
});
