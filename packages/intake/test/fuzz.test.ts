import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSupportRequest } from '@npo-gemeenten/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeHandler, type IntakeHandler } from '../src/handler.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { IntakeStore } from '../src/store/types.js';
import { adminToken, agreeingSource, startTestServer, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';

let dir: string;
let store: IntakeStore;
let handler: IntakeHandler;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'npo-intake-fuzz-'));
  store = await openSqliteStore({ filename: join(dir, 'fuzz.db'), groupCommit: { maxDelayMs: 0 } });
  handler = createIntakeHandler({ store, adminToken, rateLimit: 0, eligibilityData: agreeingSource });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Builds a Request, or undefined when the headers cannot be sent at all (the platform refuses them). */
function request(method: string, path: string, headers: Record<string, string>, body?: string): Request | undefined {
  try {
    return new Request(`http://127.0.0.1${path}`, {
      method,
      headers,
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    });
  } catch {
    return undefined;
  }
}

const fieldNames = [
  'clientRequestId',
  'municipality',
  'contact',
  'supportTypes',
  'planPhases',
  'supportTypeOther',
  'preferredForm',
  'preferredIntensity',
  'question',
  'partners',
  'partnersOther',
  'preferredStart',
  'eligibility',
  'privacyConsent',
  'language',
  'website',
  '__proto__',
  'constructor',
];

/** A valid request with one field replaced by an arbitrary JSON value, or removed. */
const mutatedRequest = fc
  .record({
    field: fc.constantFrom(...fieldNames),
    value: fc.option(fc.jsonValue(), { nil: undefined }),
  })
  .map(({ field, value }) => {
    const body: Record<string, unknown> = { ...validRequest() };
    if (value === undefined) delete body[field];
    else body[field] = value;
    return body;
  });

const body = fc.oneof(
  mutatedRequest.map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]', '{"website":"x"}', '\u0000', '{"__proto__":{"a":1}}'),
);

const contentType = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'APPLICATION/JSON', ''),
  fc.string(),
);

async function countRows(): Promise<number> {
  return store.count();
}

describe('fuzzing (fast-check)', () => {
  it('answers any body on POST /api/requests with 2xx/4xx, and stores only valid requests', async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, fc.boolean(), async (text, type, keyFromBody) => {
        let key = 'some-key';
        try {
          const parsed = JSON.parse(text) as { clientRequestId?: unknown };
          if (keyFromBody && typeof parsed?.clientRequestId === 'string') key = parsed.clientRequestId;
        } catch {
          // not JSON: any key will do
        }
        const req = request('POST', '/api/requests', { 'Content-Type': type, 'Idempotency-Key': key }, text);
        if (!req) return;
        const before = await countRows();
        const response = await handler(req);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
        const after = await countRows();
        if (response.status === 201) {
          const sent = JSON.parse(text) as Record<string, unknown>;
          delete sent.website;
          expect(parseSupportRequest(sent).success).toBe(true);
          expect(after - before).toBeLessThanOrEqual(1);
        } else {
          expect(after).toBe(before);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers any method, path and header set with 2xx/4xx and stores nothing', async () => {
    const segment = fc.oneof(
      fc.constantFrom('api', 'requests', 'requests.csv', 'transitions', 'openapi.json', 'healthz', '..', '%00', ''),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
    );
    const path = fc
      .tuple(fc.array(segment, { maxLength: 5 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }))
      .map(([parts, query]) => `/${parts.join('/')}${query === undefined ? '' : `?${encodeURIComponent(query).replace(/%3D/g, '=').replace(/%26/g, '&')}`}`);
    const headers = fc.dictionary(
      fc.constantFrom('Authorization', 'Content-Type', 'Idempotency-Key', 'Origin', 'Content-Length', 'X-Forwarded-For', 'Accept'),
      fc.oneof(fc.string({ maxLength: 40 }), fc.constant(`Bearer ${adminToken}`)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        path,
        headers,
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        async (method, p, h, b) => {
          const req = request(method, p, h, b);
          if (!req) return;
          const before = await countRows();
          const response = await handler(req);
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          await response.arrayBuffer();
          expect(await countRows()).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never stores twice for one key, whatever is replayed', async () => {
    const base = validRequest();
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedRequest, { maxLength: 5 }), async (variants) => {
        for (const variant of [base, ...variants.map((v) => ({ ...v, clientRequestId: base.clientRequestId }))]) {
          const req = request(
            'POST',
            '/api/requests',
            { 'Content-Type': 'application/json', 'Idempotency-Key': base.clientRequestId },
            JSON.stringify(variant),
          );
          const response = await handler(req as Request);
          expect([201, 202, 400, 409, 422]).toContain(response.status);
        }
        const rows = (await store.list({ limit: 500 })).items.filter(
          (r) => r.idempotencyKey === base.clientRequestId,
        );
        expect(rows).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fuzzing over real HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t.close());

  it('never answers 5xx or drops the connection', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.string({ maxLength: 30 }).map(encodeURIComponent), async (text, segment) => {
        const posted = await fetch(`${t.url}/api/requests`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k' },
          body: text,
        });
        expect(posted.status).toBeLessThan(500);
        const got = await fetch(`${t.url}/api/requests/${segment}`, {
          headers: { Authorization: `Bearer ${adminToken}` },
        });
        expect(got.status).toBeLessThan(500);
        await Promise.all([posted.arrayBuffer(), got.arrayBuffer()]);
      }),
      { numRuns: 100 },
    );
    expect(await t.store.count()).toBe(0);
  });
});
