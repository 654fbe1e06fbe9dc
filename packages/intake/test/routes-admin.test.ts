import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { exampleSupportRequest } from '@npo-gemeenten/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createIntakeHandler } from '../src/handler.js';
import { admin, adminToken, post, staffToken, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { readQuoted } from './spreadsheet-readers.js';

let t: TestServer;
afterEach(async () => t?.close());

async function submit(url: string, overrides = {}): Promise<{ id: string; reference: string }> {
  const response = await post(url, validRequest(overrides));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

describe('admin authentication', () => {
  it('requires the bearer token on every admin route', async () => {
    t = await startTestServer();
    const { id } = await submit(t.url);
    for (const path of ['/api/requests', `/api/requests/${id}`, '/api/requests.csv']) {
      expect((await fetch(`${t.url}${path}`)).status).toBe(401);
      const wrong = await fetch(`${t.url}${path}`, { headers: { Authorization: `Bearer ${adminToken}x` } });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('WWW-Authenticate')).toBe('Bearer');
      const basic = await fetch(`${t.url}${path}`, { headers: { Authorization: `Basic ${btoa('a:b')}` } });
      expect(basic.status).toBe(401);
    }
    const move = await fetch(`${t.url}/api/requests/${id}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: 'intake' }),
    });
    expect(move.status).toBe(401);
    expect((await t.store.get(id))?.status).toBe('submitted');
  });

  it('limits failed logins per client', async () => {
    t = await startTestServer();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i += 1) {
      statuses.push((await fetch(`${t.url}/api/requests`, { headers: { Authorization: 'Bearer nope' } })).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('without a bootstrap token, signs in personal tokens only', async () => {
    t = await startTestServer({ adminToken: undefined });
    expect((await fetch(`${t.url}/api/requests`, { headers: { Authorization: `Bearer ${adminToken}` } })).status).toBe(401);
    const token = await staffToken(t.store, 'co@caop.nl', 'coordinator');
    expect((await fetch(`${t.url}/api/requests`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('refuses a bootstrap token shorter than 32 characters when the handler is created', async () => {
    t = await startTestServer();
    expect(() => createIntakeHandler({ store: t.store, adminToken: 'x'.repeat(31) })).toThrow(/at least|32 to 512/);
    expect(() => createIntakeHandler({ store: t.store, adminToken: 'x'.repeat(32) })).not.toThrow();
  });
});

describe('GET /api/requests', () => {
  it('pages newest first with total and next, filters by status, and rejects bad queries', async () => {
    t = await startTestServer();
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.push((await submit(t.url)).id);
    const first = (await (await admin(t.url, '/api/requests?limit=2')).json()) as {
      items: { id: string; eligibilityFlagged: boolean; request: unknown }[];
      total: number;
      next: string | null;
    };
    expect(first.total).toBe(5);
    expect(first.items.map((i) => i.id)).toEqual([ids[4], ids[3]]);
    expect(first.items[0]?.eligibilityFlagged).toBe(false);
    const second = (await (await admin(t.url, `/api/requests?limit=2&cursor=${first.next}`)).json()) as {
      items: { id: string }[];
    };
    expect(second.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);

    await admin(t.url, `/api/requests/${ids[0]}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: 'declined' }),
    });
    const declined = (await (await admin(t.url, '/api/requests?status=declined')).json()) as {
      items: { id: string }[];
      total: number;
    };
    expect(declined.total).toBe(1);
    expect(declined.items.map((i) => i.id)).toEqual([ids[0]]);

    for (const query of ['limit=0', 'limit=501', 'limit=abc', 'status=open', 'cursor=bogus', 'extra=1']) {
      expect((await admin(t.url, `/api/requests?${query}`)).status, query).toBe(400);
    }
  });
});

describe('GET /api/requests/:id', () => {
  it('finds a request by id or reference with its history; 404 otherwise', async () => {
    t = await startTestServer();
    const { id, reference } = await submit(t.url);
    const byId = (await (await admin(t.url, `/api/requests/${id}`)).json()) as Record<string, unknown>;
    expect(byId).toMatchObject({ id, reference, status: 'submitted', history: [], eligibilityFlagged: false });
    expect(byId.clientDecision).toEqual(exampleSupportRequest.eligibility);
    const byReference = (await (await admin(t.url, `/api/requests/${reference}`)).json()) as Record<string, unknown>;
    expect(byReference.id).toBe(id);
    expect((await admin(t.url, '/api/requests/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin(t.url, '/api/requests/whatever')).status).toBe(404);
  });
});

describe('POST /api/requests/:id/transitions', () => {
  function move(url: string, id: string, body: unknown) {
    return admin(url, `/api/requests/${id}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('moves along the trajectory, stamps time and actor, and refuses illegal moves with 409', async () => {
    t = await startTestServer();
    const { id } = await submit(t.url);
    const first = await move(t.url, id, { to: 'intake', note: 'Eerste gesprek gepland' });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { status: string; event: { at: string; actor: string } };
    expect(body.status).toBe('intake');
    expect(body.event.actor).toBe('bootstrap');
    expect(Date.now() - Date.parse(body.event.at)).toBeLessThan(60_000);
    const second = await move(t.url, id, { to: 'matched' });
    expect(((await second.json()) as { event: { actor: string } }).event.actor).toBe('bootstrap');

    const illegal = await move(t.url, id, { to: 'closed' });
    expect(illegal.status).toBe(409);
    expect(await illegal.json()).toMatchObject({
      error: 'illegal-transition',
      from: 'matched',
      to: 'closed',
      allowed: ['in-progress', 'declined', 'withdrawn'],
    });
    const detail = (await (await admin(t.url, `/api/requests/${id}`)).json()) as {
      status: string;
      history: { from: string; to: string; actor: string; note?: string }[];
    };
    expect(detail.status).toBe('matched');
    expect(detail.history.map((h) => `${h.from}>${h.to}:${h.actor}`)).toEqual([
      'submitted>intake:bootstrap',
      'intake>matched:bootstrap',
    ]);
    expect(detail.history[0]?.note).toBe('Eerste gesprek gepland');
  });

  it('answers 422 for a bad body, 404 for an unknown request', async () => {
    t = await startTestServer();
    const { id } = await submit(t.url);
    for (const body of [{}, { to: 'nowhere' }, { to: 'intake', actor: 'Petra' }, { to: 'intake', extra: 1 }, []]) {
      expect((await move(t.url, id, body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await move(t.url, '00000000-0000-4000-8000-000000000000', { to: 'intake' })).status).toBe(404);
    expect((await t.store.get(id))?.status).toBe('submitted');
  });
});

describe('DELETE /api/requests/:id', () => {
  it('erases a request by id or reference; 404 after, and needs the token', async () => {
    t = await startTestServer();
    const { id, reference } = await submit(t.url);
    const second = await submit(t.url);
    expect((await fetch(`${t.url}/api/requests/${id}`, { method: 'DELETE' })).status).toBe(401);
    const erased = await admin(t.url, `/api/requests/${reference}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect((await admin(t.url, `/api/requests/${id}`)).status).toBe(404);
    expect((await admin(t.url, `/api/requests/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect(await t.store.count()).toBe(1);
    expect(await t.store.get(second.id)).toBeDefined();
  });
});

describe('GET /api/requests.csv columns', () => {
  it('lists the plan phases, the other support and the preferences', async () => {
    t = await startTestServer();
    const request = validRequest({ planPhases: ['make', 'evaluate'], supportTypes: ['other'], supportTypeOther: 'Ouderavond' });
    expect((await post(t.url, request)).status).toBe(201);
    const [header = [], row = []] = readQuoted((await (await admin(t.url, '/api/requests.csv')).text()).replace('\uFEFF', ''), ';');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('plan_phases')).toBe('make, evaluate');
    expect(cell('support_types')).toBe('other');
    expect(cell('support_type_other')).toBe('Ouderavond');
    expect(cell('preferred_form')).toBe(request.preferredForm);
    expect(cell('preferred_intensity')).toBe(request.preferredIntensity);
    expect(header).not.toContain('plan_phase');
  });
});

describe('GET /api/openapi.json and /healthz', () => {
  it('publishes an OpenAPI 3.1 document whose request schema accepts the example', async () => {
    t = await startTestServer();
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, object> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/requests',
        '/api/requests.csv',
        '/api/requests.xlsx',
        '/api/requests/{id}',
        '/api/requests/{id}/transitions',
        '/api/requests/{id}/assignment',
        '/api/requests/{id}/notes',
        '/api/subjects/search',
        '/api/audit',
        '/api/me',
        '/readyz',
      ]),
    );
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(doc.components.schemas.SupportRequest as object);
    expect(validate(exampleSupportRequest)).toBe(true);
    expect(validate({ ...exampleSupportRequest, privacyConsent: false })).toBe(false);
    const move = ajv.compile(doc.components.schemas.TransitionBody as object);
    expect(move({ to: 'intake' })).toBe(true);
    expect(move({ to: 'elsewhere' })).toBe(false);
    expect(move({ to: 'intake', actor: 'Petra' })).toBe(false);
    const assignment = ajv.compile(doc.components.schemas.AssignmentBody as object);
    expect(assignment({ provider: 'ced-groep', adviserEmail: 'a@ced-groep.nl' })).toBe(true);
    expect(assignment({ provider: 'acme' })).toBe(false);
  });

  it('reports liveness and readiness with the store dialect', async () => {
    t = await startTestServer();
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'sqlite' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'sqlite' });
  });
});
