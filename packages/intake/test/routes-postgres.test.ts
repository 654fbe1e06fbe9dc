import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/store/postgres.js';
import { admin, post, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { resetPostgres } from './postgres.js';

const url = process.env.NPO_TEST_DATABASE_URL;

if (url === undefined || url === '') {
  describe('routes on PostgreSQL', () => {
    it.skip('skipped: set NPO_TEST_DATABASE_URL to run the HTTP routes against the PostgreSQL store', () => {});
  });
} else {
  describe('routes on PostgreSQL', () => {
    let t: TestServer;
    beforeAll(async () => {
      await resetPostgres(url);
      t = await startTestServer({ store: await openPostgresStore({ connectionString: url }) });
    });
    afterAll(async () => t.close());

    it('stores, replays, refuses a reused key and keeps one row under a burst of retries', async () => {
      const request = validRequest();
      const responses = await Promise.all(Array.from({ length: 20 }, () => post(t.url, request)));
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      const bodies = (await Promise.all(responses.map((r) => r.json()))) as { id: string; reference: string }[];
      expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
      expect(bodies[0]?.reference).toMatch(/^NPO-\d{4}-\d{6}$/);
      const reused = await post(t.url, { ...request, planPhases: ['make'] });
      expect(reused.status).toBe(409);
      expect(await t.store.count()).toBe(1);
    });

    it('moves a request and lists it by status', async () => {
      const { id, reference } = (await (await post(t.url, validRequest())).json()) as { id: string; reference: string };
      const moved = await admin(t.url, `/api/requests/${reference}/transitions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: 'intake', note: 'Petra belt' }),
      });
      expect(moved.status).toBe(200);
      const illegal = await admin(t.url, `/api/requests/${id}/transitions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: 'closed' }),
      });
      expect(illegal.status).toBe(409);
      const page = (await (await admin(t.url, '/api/requests?status=intake')).json()) as {
        items: { id: string; history?: unknown }[];
        total: number;
      };
      expect(page.total).toBe(1);
      expect(page.items[0]?.id).toBe(id);
      const csv = await (await admin(t.url, '/api/requests.csv')).text();
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
      expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok', store: 'postgres' });
      expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'postgres' });
    });
  });
}
