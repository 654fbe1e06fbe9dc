import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, call, post, startServerOn, staffToken, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { storeKinds } from './stores.js';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; oneOf?: { $ref: string }[] } }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

describe.each(storeKinds)('real answers match /api/openapi.json on $name', ({ open }) => {
  let t: TestServer;
  let doc: Document;
  const compiled = new Map<string, ValidateFunction>();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const seen = new Set<string>();

  beforeAll(async () => {
    t = await startServerOn(open);
    doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as Document;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Checks one real answer: its status is documented for the route, and its JSON body fits the schema. */
  async function conforms(response: Response, method: string, template: string): Promise<unknown> {
    const operation = doc.paths[template]?.[method.toLowerCase()];
    expect(operation, `${method} ${template} is documented`).toBeDefined();
    const documented = operation?.responses[String(response.status)];
    expect(documented, `${method} ${template} documents ${response.status}`).toBeDefined();
    seen.add(`${method} ${template} ${response.status}`);
    const json = documented?.content?.['application/json'];
    if (!json) {
      expect(await response.text()).toBe('');
      return undefined;
    }
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const refs = json.schema?.$ref ? [json.schema.$ref] : (json.schema?.oneOf ?? []).map((s) => s.$ref);
    expect(refs.length).toBeGreaterThan(0);
    const validators = refs.map((ref) => {
      const name = ref.split('/').pop() as string;
      let validate = compiled.get(name);
      if (!validate) {
        validate = ajv.compile(doc.components.schemas[name] as object);
        compiled.set(name, validate);
      }
      return validate;
    });
    const body: unknown = await response.json();
    const matches = validators.filter((validate) => validate(body));
    const errors = validators.map((v) => ajv.errorsText(v.errors)).join(' | ');
    // One schema, or exactly one of several (oneOf).
    expect(matches.length, `${method} ${template} ${response.status}: ${errors}`).toBe(1);
    return body;
  }

  it('for the public route, the staff API and their errors', async () => {
    const admin = (path: string, init: Parameters<typeof call>[3] = {}) => call(t.url, adminToken, path, init);
    const request = validRequest();
    const created = (await conforms(await post(t.url, request), 'POST', '/api/requests')) as { id: string; reference: string };
    await conforms(await post(t.url, request), 'POST', '/api/requests');
    await conforms(await post(t.url, { ...request, question: 'Anders' }), 'POST', '/api/requests');
    await conforms(await post(t.url, { ...validRequest(), privacyConsent: false }), 'POST', '/api/requests');
    await conforms(await post(t.url, '{', { 'Idempotency-Key': 'x' }), 'POST', '/api/requests');
    await conforms(await post(t.url, 'x', { 'Content-Type': 'text/plain' }), 'POST', '/api/requests');

    const id = created.id;
    await conforms(await admin('/api/requests?limit=10'), 'GET', '/api/requests');
    await conforms(await admin('/api/requests?limit=abc'), 'GET', '/api/requests');
    await conforms(await fetch(`${t.url}/api/requests`), 'GET', '/api/requests');
    await conforms(await admin(`/api/requests/${id}/transitions`, { json: { to: 'intake', note: 'Gebeld' } }), 'POST', '/api/requests/{id}/transitions');
    await conforms(await admin(`/api/requests/${id}/transitions`, { json: { to: 'submitted' } }), 'POST', '/api/requests/{id}/transitions');
    await conforms(await admin(`/api/requests/${id}/transitions`, { json: { to: 'elsewhere' } }), 'POST', '/api/requests/{id}/transitions');
    await conforms(await admin(`/api/requests/${id}/assignment`, { json: { provider: 'sardes' } }), 'POST', '/api/requests/{id}/assignment');
    await conforms(await admin(`/api/requests/${id}/assignment`, { json: { provider: 'nobody' } }), 'POST', '/api/requests/{id}/assignment');
    await conforms(await admin(`/api/requests/${id}/assignment`, { json: { provider: 'oberon', adviserEmail: 'niemand@oberon.nl' } }), 'POST', '/api/requests/{id}/assignment');
    await conforms(await post(t.url, { ...validRequest(), website: 'https://spam.example' }), 'POST', '/api/requests');
    await conforms(await admin(`/api/requests/${id}/notes`, { json: { text: 'Teruggebeld' } }), 'POST', '/api/requests/{id}/notes');
    await conforms(await admin(`/api/requests/${id}/notes`, { json: { text: '' } }), 'POST', '/api/requests/{id}/notes');
    await conforms(await admin(`/api/requests/${id}`), 'GET', '/api/requests/{id}');
    await conforms(await admin(`/api/requests/${created.reference}`), 'GET', '/api/requests/{id}');
    await conforms(await admin('/api/requests/NPO-1999-000001'), 'GET', '/api/requests/{id}');
    await conforms(await admin('/api/subjects/search', { json: { email: request.contact.email } }), 'POST', '/api/subjects/search');
    await conforms(await admin('/api/subjects/search', { json: { email: 'nope' } }), 'POST', '/api/subjects/search');
    await conforms(await admin('/api/audit?limit=50'), 'GET', '/api/audit');
    await conforms(await admin('/api/me'), 'GET', '/api/me');
    const adviser = await staffToken(t.store, 'adviseur@oberon.nl', 'adviser', 'oberon');
    await conforms(await call(t.url, adviser, '/api/me'), 'GET', '/api/me');
    await conforms(await call(t.url, adviser, '/api/audit'), 'GET', '/api/audit');
    await conforms(await call(t.url, adviser, `/api/requests/${id}`, { method: 'DELETE' }), 'DELETE', '/api/requests/{id}');
    await conforms(await admin(`/api/requests/${id}`, { method: 'DELETE' }), 'DELETE', '/api/requests/{id}');
    await conforms(await admin(`/api/requests/${id}`, { method: 'DELETE' }), 'DELETE', '/api/requests/{id}');
    await conforms(await admin(`/api/requests/${id}/notes`, { json: { text: 'Te laat' } }), 'POST', '/api/requests/{id}/notes');

    await conforms(await admin('/api/stats'), 'GET', '/api/stats');
    await conforms(await admin('/api/stats?from=2025-01-01&to=2025-12-31&status=intake'), 'GET', '/api/stats');
    await conforms(await admin('/api/stats?from=gisteren'), 'GET', '/api/stats');
    await conforms(await call(t.url, adviser, '/api/stats'), 'GET', '/api/stats');
    await conforms(await fetch(`${t.url}/api/stats`), 'GET', '/api/stats');

    const signIn = (token: string) =>
      fetch(`${t.url}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
    const signedIn = await signIn(adviser);
    const cookie = (signedIn.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    await conforms(signedIn, 'POST', '/api/session');
    await conforms(await signIn('x'.repeat(40)), 'POST', '/api/session');
    await conforms(await signIn(''), 'POST', '/api/session');
    await conforms(await fetch(`${t.url}/api/session`, { headers: { Cookie: cookie } }), 'GET', '/api/session');
    await conforms(await fetch(`${t.url}/api/stats`, { headers: { Cookie: cookie } }), 'GET', '/api/stats');
    const note = { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x' }) };
    await conforms(await fetch(`${t.url}/api/requests/${id}/notes`, note), 'POST', '/api/requests/{id}/notes');
    await conforms(await fetch(`${t.url}/api/session`, { method: 'DELETE', headers: { Cookie: cookie } }), 'DELETE', '/api/session');
    await conforms(await fetch(`${t.url}/api/session`, { method: 'DELETE', headers: { Cookie: cookie, Origin: t.url } }), 'DELETE', '/api/session');
    await conforms(await fetch(`${t.url}/api/session`, { headers: { Cookie: cookie } }), 'GET', '/api/session');

    // Every kind of answer above was met, not skipped over.
    expect(seen.size).toBeGreaterThanOrEqual(37);
  });
});
