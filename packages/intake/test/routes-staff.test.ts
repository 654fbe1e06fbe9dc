import { afterEach, describe, expect, it } from 'vitest';
import { adminToken, call, post, startServerOn, staffToken, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { cellsAsSpreadsheetsReadThem, isFormula, readQuoted, readXlsx } from './spreadsheet-readers.js';
import { storeKinds } from './stores.js';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function submit(url: string, change: (r: ReturnType<typeof validRequest>) => void = () => undefined) {
  const request = validRequest();
  change(request);
  const response = await post(url, request);
  expect(response.status).toBe(201);
  return { ...((await response.json()) as { id: string; reference: string }), request };
}

type Page = { items: { id: string; provider: string | null; adviserEmail: string | null }[]; total: number; next: string | null };

describe.each(storeKinds)('staff API on $name', ({ open }) => {
  it('gives coordinators everything and advisers only what is assigned to their provider or to them', async () => {
    t = await startServerOn(open);
    const coordinator = await staffToken(t.store, 'coordinator@sardes.nl', 'coordinator', 'sardes');
    const anna = await staffToken(t.store, 'anna@oberon.nl', 'adviser', 'oberon');
    const dirk = await staffToken(t.store, 'dirk@zelfstandig.nl', 'adviser');
    const r1 = await submit(t.url);
    const r2 = await submit(t.url);
    const r3 = await submit(t.url);
    const assign = (id: string, json: unknown, token = coordinator) =>
      call(t!.url, token, `/api/requests/${id}/assignment`, { json });
    expect((await assign(r1.id, { provider: 'oberon' })).status).toBe(200);
    expect((await assign(r2.id, { provider: 'sardes' })).status).toBe(200);
    // An adviser of another provider cannot be assigned; one without a provider can.
    expect((await assign(r3.id, { provider: 'caop', adviserEmail: 'anna@oberon.nl' })).status).toBe(422);
    expect((await assign(r3.id, { provider: 'caop', adviserEmail: 'nobody@caop.nl' })).status).toBe(422);
    expect((await assign(r3.id, { provider: 'acme' })).status).toBe(422);
    const assigned = await assign(r3.id, { provider: 'caop', adviserEmail: 'Dirk@Zelfstandig.nl' });
    expect(await assigned.json()).toMatchObject({ id: r3.id, provider: 'caop', adviserEmail: 'dirk@zelfstandig.nl' });

    const list = async (token: string) => (await (await call(t!.url, token, '/api/requests')).json()) as Page;
    expect((await list(coordinator)).total).toBe(3);
    expect((await list(adminToken)).total).toBe(3);
    expect((await list(anna)).items.map((i) => i.id)).toEqual([r1.id]);
    expect((await list(dirk)).items.map((i) => i.id)).toEqual([r3.id]);

    expect((await call(t.url, anna, `/api/requests/${r1.id}`)).status).toBe(200);
    expect((await call(t.url, anna, `/api/requests/${r1.reference}`)).status).toBe(200);
    for (const id of [r2.id, r3.id, r2.reference]) {
      expect((await call(t.url, anna, `/api/requests/${id}`)).status, id).toBe(404);
      expect((await call(t.url, anna, `/api/requests/${id}/notes`, { json: { text: 'x' } })).status).toBe(404);
      expect((await call(t.url, anna, `/api/requests/${id}/transitions`, { json: { to: 'intake' } })).status).toBe(404);
    }
    expect((await call(t.url, anna, `/api/requests/${r1.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await assign(r1.id, { provider: 'oberon' }, anna)).status).toBe(403);
    expect((await call(t.url, anna, '/api/audit')).status).toBe(403);
    expect((await call(t.url, anna, '/api/subjects/search', { json: { email: r1.request.contact.email } })).status).toBe(403);
    const csv = await (await call(t.url, anna, '/api/requests.csv')).text();
    expect(readQuoted(csv.replace(/^\uFEFF/, ''), ';').filter((row) => row.length > 1).map((row) => row[1])).toEqual(['id', r1.id]);

    expect(await (await call(t.url, anna, '/api/me')).json()).toEqual({
      kind: 'user',
      role: 'adviser',
      name: 'anna',
      email: 'anna@oberon.nl',
      provider: 'oberon',
    });
    expect(await (await call(t.url, adminToken, '/api/me')).json()).toMatchObject({ kind: 'bootstrap', role: 'coordinator' });
    expect((await call(t.url, 'npo_' + 'x'.repeat(43), '/api/requests')).status).toBe(401);
    await t.store.revokeUser('anna@oberon.nl', { actor: 'cli:test', clientAddress: null, at: new Date().toISOString() });
    expect((await call(t.url, anna, '/api/requests')).status).toBe(401);
  });

  it('records the signed-in person as the actor and refuses an actor in the body', async () => {
    t = await startServerOn(open);
    const anna = await staffToken(t.store, 'anna@oberon.nl', 'adviser', 'oberon');
    const r = await submit(t.url);
    await call(t.url, adminToken, `/api/requests/${r.id}/assignment`, { json: { provider: 'oberon' } });
    const forged = await call(t.url, anna, `/api/requests/${r.id}/transitions`, { json: { to: 'intake', actor: 'Petra' } });
    expect(forged.status).toBe(422);
    expect(await forged.json()).toMatchObject({ errors: [{ path: 'actor', code: 'unknown-field' }] });
    expect((await t.store.get(r.id))?.status).toBe('submitted');
    const moved = await call(t.url, anna, `/api/requests/${r.id}/transitions`, { json: { to: 'intake', note: 'Gebeld' } });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { event: { actor: string } }).event.actor).toBe('anna@oberon.nl');
    await call(t.url, adminToken, `/api/requests/${r.id}/transitions`, { json: { to: 'matched' } });
    expect((await t.store.history(r.id)).map((e) => e.actor)).toEqual(['anna@oberon.nl', 'bootstrap']);
  });

  it('audits reads, lists, exports, assignment, moves, notes, erasure and failed sign-ins, without requester data', async () => {
    t = await startServerOn(open);
    const coordinator = await staffToken(t.store, 'co@sardes.nl', 'coordinator');
    const r = await submit(t.url);
    const other = await submit(t.url, (o) => (o.contact = { ...o.contact, email: 'iemand.anders@example.nl' }));
    await call(t.url, coordinator, '/api/requests');
    await call(t.url, coordinator, `/api/requests/${r.id}`);
    await call(t.url, coordinator, '/api/requests.csv');
    await call(t.url, coordinator, '/api/requests.xlsx');
    await call(t.url, coordinator, `/api/requests/${r.id}/assignment`, { json: { provider: 'oberon' } });
    await call(t.url, coordinator, `/api/requests/${r.id}/transitions`, { json: { to: 'intake' } });
    await call(t.url, coordinator, `/api/requests/${r.id}/notes`, { json: { text: 'Wethouder bellen' } });
    await call(t.url, adminToken, '/api/subjects/search', { json: { email: r.request.contact.email } });
    await fetch(`${t.url}/api/requests`, { headers: { Authorization: `Bearer ${'w'.repeat(40)}` } });
    expect((await call(t.url, adminToken, `/api/requests/${r.id}`, { method: 'DELETE' })).status).toBe(204);

    const page = (await (await call(t.url, coordinator, '/api/audit?limit=100')).json()) as {
      items: Record<string, unknown>[];
      next: string | null;
    };
    expect(page.items.map((e) => `${e.action}:${e.actor}:${e.requestId === r.id ? 'r' : e.requestId}`).reverse()).toEqual([
      'list:co@sardes.nl:null',
      'read:co@sardes.nl:r',
      'export:co@sardes.nl:null',
      'export:co@sardes.nl:null',
      'assign:co@sardes.nl:r',
      'move:co@sardes.nl:r',
      'note:co@sardes.nl:r',
      'subject-search:bootstrap:r',
      'sign-in-failed:anonymous:null',
      'erase:bootstrap:r',
    ]);
    for (const entry of page.items) {
      expect(Object.keys(entry).sort()).toEqual(['action', 'actor', 'at', 'clientAddress', 'requestId']);
      expect(entry.clientAddress).toBe('127.0.0.1');
      expect(Date.now() - Date.parse(entry.at as string)).toBeLessThan(60_000);
    }
    const text = JSON.stringify(page);
    for (const secret of [r.request.contact.email, r.request.contact.name, r.request.question.slice(0, 30), 'Wethouder bellen']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(other.id);
    const forRequest = (await (await call(t.url, adminToken, `/api/audit?request=${r.id}`)).json()) as Page;
    expect(forRequest.items).toHaveLength(6);
    expect(forRequest.total).toBe(6);
    const first = (await (await call(t.url, adminToken, '/api/audit?limit=4')).json()) as Page;
    const second = (await (await call(t.url, adminToken, `/api/audit?limit=100&cursor=${first.next}`)).json()) as Page;
    expect(first.items.length + second.items.length).toBe(page.items.length);
    expect((await call(t.url, adminToken, '/api/audit?request=nope')).status).toBe(400);
  });

  it('keeps notes for staff: in the case view, never in what the requester gets, and gone with the request', async () => {
    t = await startServerOn(open);
    const r = await submit(t.url);
    const added = await call(t.url, adminToken, `/api/requests/${r.id}/notes`, { json: { text: 'Interne notitie\nover twee regels' } });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ author: 'bootstrap', text: 'Interne notitie\nover twee regels' });
    for (const json of [{}, { text: '' }, { text: 'x'.repeat(1001) }, { text: 'a\u202eb' }, { text: 'ok', author: 'x' }]) {
      expect((await call(t.url, adminToken, `/api/requests/${r.id}/notes`, { json })).status, JSON.stringify(json)).toBe(422);
    }
    const detail = (await (await call(t.url, adminToken, `/api/requests/${r.id}`)).json()) as { notes: { text: string }[] };
    expect(detail.notes.map((n) => n.text)).toEqual(['Interne notitie\nover twee regels']);
    const access = await (await call(t.url, adminToken, '/api/subjects/search', { json: { email: r.request.contact.email.toUpperCase() } })).text();
    expect(JSON.parse(access)).toMatchObject({ items: [{ id: r.id, reference: r.reference, request: { question: r.request.question } }] });
    expect(access).not.toContain('Interne notitie');
    expect(access).not.toContain('bootstrap');
    expect(await (await call(t.url, adminToken, '/api/requests.csv')).text()).not.toContain('Interne notitie');
    await call(t.url, adminToken, `/api/requests/${r.id}`, { method: 'DELETE' });
    expect(await t.store.notes(r.id)).toEqual([]);
    expect(await (await call(t.url, adminToken, '/api/subjects/search', { json: { email: r.request.contact.email } })).json()).toEqual({ items: [] });
    expect((await call(t.url, adminToken, '/api/subjects/search', { json: { email: 'geen-adres' } })).status).toBe(422);
  });

  it('filters the list by status, provider, adviser, municipality, province, outcome and days of receipt, and sorts it', async () => {
    t = await startServerOn(open);
    const fries = await submit(t.url);
    const zwolle = await submit(t.url, (r) => (r.municipality = { code: 'GM0193', name: 'Zwolle' }));
    const ameland = await submit(t.url, (r) => (r.municipality = { code: 'GM0060', name: 'Ameland' }));
    await call(t.url, adminToken, `/api/requests/${zwolle.id}/assignment`, { json: { provider: 'dsp-groep' } });
    await call(t.url, adminToken, `/api/requests/${ameland.id}/transitions`, { json: { to: 'declined' } });
    const ids = async (query: string) => {
      const response = await call(t!.url, adminToken, `/api/requests?${query}`);
      expect(response.status, query).toBe(200);
      return ((await response.json()) as Page).items.map((i) => i.id);
    };
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids('status=declined')).toEqual([ameland.id]);
    expect(await ids('provider=dsp-groep')).toEqual([zwolle.id]);
    expect(await ids('municipality=GM0088')).toEqual([fries.id]);
    expect(await ids('province=PV21')).toEqual([ameland.id, fries.id]);
    expect(await ids('province=PV21&municipality=GM0193')).toEqual([]);
    expect(await ids('outcome=eligible')).toHaveLength(3);
    expect(await ids('outcome=not-eligible')).toEqual([]);
    expect(await ids(`receivedFrom=${today}&receivedTo=${today}`)).toHaveLength(3);
    expect(await ids('receivedTo=2020-01-01')).toEqual([]);
    expect(await ids('adviser=niemand@oberon.nl')).toEqual([]);
    expect(await ids('sort=municipality-asc')).toEqual([ameland.id, fries.id, zwolle.id]);
    expect(await ids('sort=received-asc')).toEqual([fries.id, zwolle.id, ameland.id]);
    const csv = await (await call(t.url, adminToken, '/api/requests.csv?province=PV21')).text();
    expect(readQuoted(csv.replace(/^\uFEFF/, ''), ';').filter((row) => row.length > 1)).toHaveLength(3);
    for (const bad of ['province=Friesland', 'provider=acme', 'receivedFrom=2026-13-01', 'sort=name', 'outcome=maybe', 'adviser=x']) {
      expect((await call(t.url, adminToken, `/api/requests?${bad}`)).status, bad).toBe(400);
    }
  });

  it('exports CSV and XLSX that no spreadsheet runs as a formula', async () => {
    t = await startServerOn(open);
    const question = 'Onze vraag;=cmd|\' /C calc\'!A0 en,+HYPERLINK("http://x")\n@SUM(A1)\t-2+3\n- een opsomming blijft';
    await submit(t.url, (r) => {
      r.question = question;
      r.contact = { ...r.contact, name: '=Jan de Vries', role: '+31 wethouder, "onderwijs"' };
    });
    const response = await call(t.url, adminToken, '/api/requests.csv');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="npo-aanvragen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith('"reference";"id";"received_at";"status"')).toBe(true);
    expect(text).toMatch(/^("[^"]*(?:""[^"]*)*";)*"[^"]*(?:""[^"]*)*"\r\n/);
    expect(cellsAsSpreadsheetsReadThem(text).filter(isFormula)).toEqual([]);
    const [header, row] = readQuoted(text, ';');
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('question')).toBe(
      'Onze vraag;\'=cmd|\' /C calc\'!A0 en,\'+HYPERLINK("http://x")\n\'@SUM(A1)\t\'-2+3\n- een opsomming blijft',
    );
    expect(cell('contact_name')).toBe("'=Jan de Vries");
    expect(cell('support_types')).toBe('local-structure, thematic-workgroups');

    const xlsx = await call(t.url, adminToken, '/api/requests.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { sheet, strings } = readXlsx(new Uint8Array(await xlsx.arrayBuffer()));
    expect(sheet).not.toMatch(/<f[ >]/);
    const cells = [...sheet.matchAll(/<c [^>]*>/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(40);
    for (const c of cells) expect(c).toMatch(/ t="(s|inlineStr)"/);
    expect(strings).toContain(question);
    expect(strings).toContain('=Jan de Vries');
  });
});
