import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { IntakeLogEntry } from '../src/handler.js';
import type { IntakeStore } from '../src/store/types.js';
import { post, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';

let t: TestServer;
const dirs: string[] = [];
afterEach(async () => {
  await t?.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'npo-intake-robust-'));
  dirs.push(dir);
  return join(dir, 'intake.db');
}

describe('robustness', () => {
  it('answers 503 with Retry-After when the store fails, and a retry then succeeds', async () => {
    const real = await openSqliteStore({ filename: tempDb() });
    let failNext = true;
    const flaky: IntakeStore = Object.assign(Object.create(real) as IntakeStore, {
      insert(record: Parameters<IntakeStore['insert']>[0]) {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('disk I/O error'));
        }
        return real.insert(record);
      },
    });
    t = await startTestServer({ store: flaky });
    const request = validRequest();
    const failed = await post(t.url, request);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('5');
    expect(await failed.json()).toMatchObject({ error: 'store-unavailable' });
    const retried = await post(t.url, request);
    expect(retried.status).toBe(201);
  });

  it('stays live on /healthz but answers 503 on /readyz when the store takes no writes', async () => {
    const real = await openSqliteStore({ filename: tempDb() });
    const broken: IntakeStore = Object.assign(Object.create(real) as IntakeStore, {
      ready: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' })),
    });
    t = await startTestServer({ store: broken });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not-ready', store: 'sqlite' });
  });

  it('limits per forwarded client address only when told to trust the proxy', async () => {
    t = await startTestServer({ rateLimit: 1, trustProxy: true });
    const a1 = await post(t.url, validRequest(), { 'X-Forwarded-For': '203.0.113.9, 198.51.100.1' });
    const b1 = await post(t.url, validRequest(), { 'X-Forwarded-For': '198.51.100.2' });
    const a2 = await post(t.url, validRequest(), { 'X-Forwarded-For': '203.0.113.7, 198.51.100.1' });
    // The last entry is the one the trusted proxy added; earlier entries are the client's to forge.
    expect([a1.status, b1.status, a2.status]).toEqual([201, 201, 429]);
    await t.close();

    t = await startTestServer({ rateLimit: 1 });
    const c1 = await post(t.url, validRequest(), { 'X-Forwarded-For': '198.51.100.3' });
    const c2 = await post(t.url, validRequest(), { 'X-Forwarded-For': '198.51.100.4' });
    expect([c1.status, c2.status]).toEqual([201, 429]);
  });

  it('logs route, status, timing and id only: no personal data, whatever the outcome', async () => {
    const entries: IntakeLogEntry[] = [];
    t = await startTestServer({ log: (entry) => entries.push(entry) });
    const request = validRequest();
    const stored = (await (await post(t.url, request)).json()) as { id: string };
    await post(t.url, { ...request, question: `${request.question} anders` });
    await post(t.url, { ...request, contact: { ...request.contact, email: 'kapot' } });
    await post(t.url, { ...validRequest(), website: 'spam' });
    await fetch(`${t.url}/api/requests/${encodeURIComponent(request.contact.email)}`);
    expect(entries.map((e) => e.status)).toEqual([201, 409, 422, 202, 401]);
    expect(entries[0]).toMatchObject({ method: 'POST', route: '/api/requests', status: 201, requestId: stored.id });
    expect(entries[4]?.route).toBe('/api/requests/:id');
    const text = JSON.stringify(entries);
    for (const secret of [request.contact.email, request.contact.name, request.contact.phone ?? '', 'kapot', 'spam', '127.0.0.1']) {
      expect(text).not.toContain(secret);
    }
    for (const entry of entries) {
      expect(Object.keys(entry).every((k) => ['time', 'method', 'route', 'status', 'durationMs', 'requestId', 'note'].includes(k))).toBe(true);
    }
  });
});
