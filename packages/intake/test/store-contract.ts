import { describe, expect, it, afterEach } from 'vitest';
import { randomUUID } from 'node:crypto';
import { hashToken, newPersonalToken } from '../src/auth.js';
import { InvalidCursorError } from '../src/store/common.js';
import { PermanentStoreError } from '../src/store/errors.js';
import { trajectoryTransitions } from '@npo-gemeenten/core';
import { migrations } from '../src/store/migrations/index.js';
import type { AuditStamp, IntakeStore, NewStaffUser } from '../src/store/types.js';
import { legacyRow, newRecord, validRequest, type LegacyRow } from './fixtures.js';

/**
 * Opens a store on an empty database (`fresh`) or on the same database again (`reopen`, to check
 * that committed data survives a restart). `atVersion1` writes a database as schema version 1 left
 * it, with the given rows, without opening a store; `reopen` then opens (and migrates) it.
 */
export interface StoreFactory {
  fresh(): Promise<IntakeStore>;
  reopen(): Promise<IntakeStore>;
  atVersion1(rows: LegacyRow[]): Promise<void>;
}

/** The one contract both stores must fulfil. */
export function storeContract(factory: StoreFactory): void {
  const open: IntakeStore[] = [];
  async function fresh(): Promise<IntakeStore> {
    const store = await factory.fresh();
    open.push(store);
    return store;
  }
  async function reopen(): Promise<IntakeStore> {
    const store = await factory.reopen();
    open.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
  });

  describe('migrations', () => {
    it('applies the numbered migrations once and records them', async () => {
      const store = await fresh();
      const versions = migrations.map((m) => m.version);
      expect(versions[0]).toBe(1);
      expect(await store.migrations()).toEqual(versions);
      await store.close();
      const again = await reopen();
      expect(await again.migrations()).toEqual(versions);
    });

    it('turns a stored single planPhase into planPhases with that phase, and leaves the rest alone', async () => {
      const old = legacyRow('execute');
      const current = legacyRow(null);
      await factory.atVersion1([old, current]);
      const store = await reopen();
      const versions = migrations.map((m) => m.version);
      expect(await store.migrations()).toEqual(versions);
      const migrated = await store.get(old.id);
      expect(migrated?.request).not.toHaveProperty('planPhase');
      expect(migrated?.request.planPhases).toEqual(['execute']);
      expect(migrated?.request.question).toBe(JSON.parse(old.request_json).question);
      expect(migrated?.reference).toMatch(/^NPO-\d{4}-\d{6}$/);
      const untouched = await store.get(current.id);
      expect(untouched?.request.planPhases).toEqual(JSON.parse(current.request_json).planPhases);
    });
  });

  describe('insert and get', () => {
    it('stores a new request as submitted with a human reference', async () => {
      const store = await fresh();
      const record = newRecord(validRequest(), '2026-03-04T10:11:12.345Z');
      const outcome = await store.insert(record);
      expect(outcome.created).toBe(true);
      expect(outcome.record.id).toBe(record.id);
      expect(outcome.record.status).toBe('submitted');
      expect(outcome.record.reference).toMatch(/^NPO-2026-\d{6}$/);
      expect(outcome.record.receivedAt).toBe('2026-03-04T10:11:12.345Z');
      expect(outcome.record.request).toEqual(record.request);
      expect(outcome.record.clientDecision).toEqual(record.request.eligibility);
      expect(outcome.record.eligibilityCheck).toEqual(record.eligibilityCheck);
      expect(await store.count()).toBe(1);
      expect(await store.get(record.id)).toEqual(outcome.record);
      expect(await store.get(record.id.toUpperCase())).toEqual(outcome.record);
      expect(await store.get(outcome.record.reference)).toEqual(outcome.record);
    });

    it('finds nothing for unknown ids, foreign references and garbage', async () => {
      const store = await fresh();
      const { record } = await store.insert(newRecord(validRequest(), '2026-01-01T00:00:00.000Z'));
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.get(record.reference.replace('2026', '2025'))).toBeUndefined();
      expect(await store.get("x' OR 1=1 --")).toBeUndefined();
      expect(await store.get('')).toBeUndefined();
    });

    it('returns the existing row for a second insert with the same key', async () => {
      const store = await fresh();
      const first = newRecord();
      const created = await store.insert(first);
      const retry = { ...newRecord(first.request), bodyHash: 'different' };
      const again = await store.insert(retry);
      expect(again.created).toBe(false);
      expect(again.record.id).toBe(first.id);
      expect(again.record.reference).toBe(created.record.reference);
      expect(again.record.bodyHash).toBe(first.bodyHash);
      expect(await store.count()).toBe(1);
    });

    it('keeps one row when many inserts with one key race', async () => {
      const store = await fresh();
      const request = validRequest();
      const outcomes = await Promise.all(Array.from({ length: 40 }, () => store.insert(newRecord(request))));
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.record.id)).size).toBe(1);
      expect(await store.count()).toBe(1);
    });

    it('keeps one row when two store instances race on one key', async () => {
      const a = await fresh();
      const b = await reopen();
      const request = validRequest();
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).insert(newRecord(request))),
      );
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.record.id)).size).toBe(1);
      expect(await a.count()).toBe(1);
    });

    it('stores many concurrent distinct requests with distinct references', async () => {
      const store = await fresh();
      const outcomes = await Promise.all(Array.from({ length: 300 }, () => store.insert(newRecord())));
      expect(outcomes.every((o) => o.created)).toBe(true);
      expect(new Set(outcomes.map((o) => o.record.reference)).size).toBe(300);
      expect(await store.count()).toBe(300);
    });

    it('fails only the bad insert of a batch; the others commit', async () => {
      const store = await fresh();
      const bad = newRecord();
      // A record no database accepts: the municipality code column is NOT NULL.
      bad.request = { ...bad.request, municipality: {} as never };
      const results = await Promise.allSettled([
        store.insert(newRecord()),
        store.insert(bad),
        store.insert(newRecord()),
        store.insert(newRecord()),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(await store.count()).toBe(3);
    });

    it('keeps committed requests across a restart', async () => {
      const store = await fresh();
      const { record } = await store.insert(newRecord());
      await store.close();
      const again = await reopen();
      expect(await again.get(record.id)).toEqual(record);
    });

    it('commits queued inserts on close and refuses new ones after', async () => {
      const store = await fresh();
      const pending = Array.from({ length: 25 }, () => store.insert(newRecord()));
      await store.close();
      const outcomes = await Promise.all(pending);
      expect(outcomes.every((o) => o.created)).toBe(true);
      await expect(store.insert(newRecord())).rejects.toThrow();
      const again = await reopen();
      expect(await again.count()).toBe(25);
    });
  });

  describe('list and iterate', () => {
    it('pages newest first with total and an opaque cursor, filtered by status', async () => {
      const store = await fresh();
      const ids: string[] = [];
      for (let i = 0; i < 7; i += 1) ids.push((await store.insert(newRecord())).record.id);
      await store.transition(ids[1] as string, { to: 'intake', actor: 'a', at: new Date().toISOString() });
      await store.transition(ids[4] as string, { to: 'intake', actor: 'a', at: new Date().toISOString() });

      const first = await store.list({ limit: 3 });
      expect(first.total).toBe(7);
      expect(first.items.map((r) => r.id)).toEqual([ids[6], ids[5], ids[4]]);
      expect(first.next).toEqual(expect.any(String));
      const second = await store.list({ limit: 3, cursor: first.next as string });
      expect(second.items.map((r) => r.id)).toEqual([ids[3], ids[2], ids[1]]);
      const third = await store.list({ limit: 3, cursor: second.next as string });
      expect(third.items.map((r) => r.id)).toEqual([ids[0]]);
      expect(third.next).toBeNull();

      const intake = await store.list({ limit: 10, status: 'intake' });
      expect(intake.total).toBe(2);
      expect(intake.items.map((r) => r.id)).toEqual([ids[4], ids[1]]);
      expect(intake.next).toBeNull();
      const none = await store.list({ limit: 10, status: 'closed' });
      expect(none).toEqual({ items: [], total: 0, next: null });
    });

    it('rejects cursors it did not issue', async () => {
      const store = await fresh();
      await expect(store.list({ limit: 5, cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(store.list({ limit: 5, cursor: '%%%' })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('iterates every request oldest first, across internal pages', async () => {
      const store = await fresh();
      const outcomes = await Promise.all(Array.from({ length: 510 }, () => store.insert(newRecord())));
      const seen: string[] = [];
      for await (const record of store.iterate()) seen.push(record.reference);
      expect(seen).toHaveLength(510);
      expect(seen).toEqual([...outcomes.map((o) => o.record.reference)].sort());
      const first = outcomes[0]?.record.id as string;
      await store.transition(first, { to: 'declined', actor: 'a', at: new Date().toISOString() });
      const declined: string[] = [];
      for await (const record of store.iterate({ status: 'declined' })) declined.push(record.id);
      expect(declined).toEqual([first]);
    });
  });

  describe('erase', () => {
    it('deletes a request with its history, and frees its key', async () => {
      const store = await fresh();
      const first = newRecord();
      const { record } = await store.insert(first);
      const other = await store.insert(newRecord());
      await store.transition(record.id, { to: 'intake', actor: 'a', at: new Date().toISOString() });
      expect(await store.erase(record.id.toUpperCase())).toBe(true);
      expect(await store.get(record.id)).toBeUndefined();
      expect(await store.history(record.id)).toEqual([]);
      expect(await store.erase(record.id)).toBe(false);
      expect(await store.erase('not-a-uuid')).toBe(false);
      expect(await store.count()).toBe(1);
      expect(await store.get(other.record.id)).toEqual(other.record);
      expect((await store.insert(newRecord(first.request))).created).toBe(true);
    });
  });

  describe('retention', () => {
    it('purges finished and open requests each after their own period, with notes and history', async () => {
      const store = await fresh();
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) ids.push((await store.insert(newRecord(validRequest(), '2025-01-01T00:00:00.000Z'))).record.id);
      const [oldClosed, recentDeclined, oldOpen, oldWithdrawn, staleOpen] = ids as [string, string, string, string, string];
      const move = (id: string, to: 'intake' | 'matched' | 'in-progress' | 'evaluating' | 'closed' | 'declined' | 'withdrawn', at: string) =>
        store.transition(id, { to, actor: 'a', at });
      for (const to of ['intake', 'matched', 'in-progress', 'evaluating', 'closed'] as const) await move(oldClosed, to, '2025-02-01T00:00:00.000Z');
      await move(recentDeclined, 'declined', '2026-06-01T00:00:00.000Z');
      await move(oldOpen, 'intake', '2025-12-01T00:00:00.000Z');
      await move(oldWithdrawn, 'withdrawn', '2025-03-01T00:00:00.000Z');
      await store.addNote(oldClosed, { at: '2025-02-02T00:00:00.000Z', author: 'a', text: 'notitie' });

      const stamp: AuditStamp = { actor: 'cli:root', clientAddress: null, at: '2026-07-01T00:00:00.000Z' };
      const cutoffs = { finishedBefore: '2026-01-01T00:00:00.000Z', openBefore: '2025-06-01T00:00:00.000Z' };
      expect(await store.purge(cutoffs, stamp)).toBe(3);
      for (const id of [oldClosed, oldWithdrawn, staleOpen]) expect(await store.get(id)).toBeUndefined();
      expect(await store.history(oldClosed)).toEqual([]);
      expect(await store.notes(oldClosed)).toEqual([]);
      expect((await store.get(recentDeclined))?.status).toBe('declined');
      expect((await store.get(oldOpen))?.status).toBe('intake');
      expect(await store.purge(cutoffs, stamp)).toBe(0);
      const audit = await store.listAudit({ limit: 10 });
      expect(audit.items.map((e) => [e.action, e.requestId]).sort()).toEqual(
        [oldClosed, oldWithdrawn, staleOpen].map((id) => ['purge', id]).sort(),
      );
    });
  });

  describe('assignment, notes and the right of access', () => {
    it('assigns, records notes oldest first, and finds a requester by e-mail in any case', async () => {
      const store = await fresh();
      const request = validRequest();
      request.contact = { ...request.contact, email: 'Petra.Jansen@Gemeente.nl' };
      const { record } = await store.insert(newRecord(request));
      const other = await store.insert(newRecord());
      const stamp: AuditStamp = { actor: 'coordinator@sardes.nl', clientAddress: '192.0.2.1', at: '2026-05-01T10:00:00.000Z' };
      const assigned = await store.assign(record.id, { provider: 'oberon', adviserEmail: 'Adviseur@Oberon.nl' }, stamp);
      expect(assigned).toMatchObject({ id: record.id, provider: 'oberon', adviserEmail: 'adviseur@oberon.nl' });
      expect(await store.get(record.id)).toMatchObject({ provider: 'oberon', adviserEmail: 'adviseur@oberon.nl' });
      expect(await store.assign('00000000-0000-4000-8000-000000000000', { provider: 'caop', adviserEmail: null })).toBeUndefined();

      await store.addNote(record.id, { at: '2026-05-02T00:00:00.000Z', author: 'a@b.nl', text: 'Eerste\nnotitie' }, stamp);
      await store.addNote(record.id, { at: '2026-05-03T00:00:00.000Z', author: 'c@d.nl', text: 'Tweede' });
      expect(await store.notes(record.id)).toEqual([
        { at: '2026-05-02T00:00:00.000Z', author: 'a@b.nl', text: 'Eerste\nnotitie' },
        { at: '2026-05-03T00:00:00.000Z', author: 'c@d.nl', text: 'Tweede' },
      ]);
      expect(await store.addNote('00000000-0000-4000-8000-000000000000', { at: stamp.at, author: 'x', text: 'y' })).toBeUndefined();

      expect((await store.findBySubject('petra.jansen@gemeente.NL')).map((r) => r.id)).toEqual([record.id]);
      expect(await store.findBySubject('nobody@example.nl')).toEqual([]);

      expect(await store.erase(record.id, stamp)).toBe(true);
      expect(await store.notes(record.id)).toEqual([]);
      expect(await store.findBySubject('petra.jansen@gemeente.nl')).toEqual([]);
      expect(await store.get(other.record.id)).toBeDefined();
      const audit = await store.listAudit({ limit: 10, requestId: record.id });
      expect(audit.items.map((e) => e.action)).toEqual(['erase', 'note', 'assign']);
      expect(audit.items[0]).toEqual({ ...stamp, action: 'erase', requestId: record.id });
    });
  });

  describe('list filters and order', () => {
    it('filters by provider, adviser, municipality, outcome, date and visibility, and sorts by municipality', async () => {
      const store = await fresh();
      const made = async (name: string, code: string, receivedAt: string) => {
        const request = validRequest();
        request.municipality = { code, name };
        return (await store.insert(newRecord(request, receivedAt))).record.id;
      };
      const ameland = await made('Ameland', 'GM0060', '2026-01-10T10:00:00.000Z');
      const zwolle = await made('Zwolle', 'GM0193', '2026-02-10T10:00:00.000Z');
      const urk = await made('Urk', 'GM0184', '2026-03-10T10:00:00.000Z');
      const elburg = await made('Élburg', 'GM0230', '2026-03-20T10:00:00.000Z');
      await store.assign(zwolle, { provider: 'oberon', adviserEmail: null });
      await store.assign(urk, { provider: 'sardes', adviserEmail: 'adviseur@sardes.nl' });
      const ids = async (query: Parameters<IntakeStore['list']>[0]) => (await store.list(query)).items.map((r) => r.id);

      expect(await ids({ limit: 10, provider: 'oberon' })).toEqual([zwolle]);
      expect(await ids({ limit: 10, adviser: 'ADVISEUR@sardes.nl' })).toEqual([urk]);
      expect(await ids({ limit: 10, municipalityCodes: ['GM0060', 'GM0184'] })).toEqual([urk, ameland]);
      expect(await ids({ limit: 10, municipalityCodes: [] })).toEqual([]);
      expect(await ids({ limit: 10, outcome: 'eligible' })).toHaveLength(4);
      expect(await ids({ limit: 10, outcome: 'not-eligible' })).toEqual([]);
      expect(
        await ids({ limit: 10, receivedFrom: '2026-02-01T00:00:00.000Z', receivedBefore: '2026-03-11T00:00:00.000Z' }),
      ).toEqual([urk, zwolle]);
      expect(await ids({ limit: 10, visibleTo: { provider: 'oberon', adviserEmail: 'adviseur@sardes.nl' } })).toEqual([
        urk,
        zwolle,
      ]);
      expect(await ids({ limit: 10, visibleTo: { provider: null, adviserEmail: 'iemand@caop.nl' } })).toEqual([]);
      expect((await store.list({ limit: 10, provider: 'oberon' })).total).toBe(1);

      expect(await ids({ limit: 10, sort: 'received-asc' })).toEqual([ameland, zwolle, urk, elburg]);
      // Sorted without regard to accents and case: Élburg between Ameland and Urk.
      const first = await store.list({ limit: 2, sort: 'municipality-asc' });
      expect(first.items.map((r) => r.id)).toEqual([ameland, elburg]);
      const second = await store.list({ limit: 2, sort: 'municipality-asc', cursor: first.next as string });
      expect(second.items.map((r) => r.id)).toEqual([urk, zwolle]);
      expect(second.next).toBeNull();
      expect(await ids({ limit: 10, sort: 'municipality-desc' })).toEqual([zwolle, urk, elburg, ameland]);
      await expect(store.list({ limit: 2, sort: 'municipality-asc', cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      const exported: string[] = [];
      for await (const r of store.iterate({ provider: 'sardes' })) exported.push(r.id);
      expect(exported).toEqual([urk]);
    });
  });

  describe('staff accounts and the audit log', () => {
    function account(email: string, role: 'coordinator' | 'adviser' = 'adviser'): { user: NewStaffUser; token: string } {
      const token = newPersonalToken();
      return {
        token,
        user: {
          id: randomUUID(),
          name: 'Petra',
          email,
          role,
          provider: role === 'adviser' ? 'oberon' : null,
          createdAt: '2026-05-01T00:00:00.000Z',
          tokenHash: hashToken(token),
        },
      };
    }

    it('adds accounts once per active address, finds them by token hash only, and revokes them', async () => {
      const store = await fresh();
      const petra = account('Petra@Oberon.nl');
      expect(await store.addUser(petra.user)).toBe('added');
      expect(await store.addUser(account('petra@oberon.nl').user)).toBe('exists');
      expect(await store.userByTokenHash(hashToken(petra.token))).toMatchObject({
        email: 'petra@oberon.nl',
        role: 'adviser',
        provider: 'oberon',
        revokedAt: null,
      });
      expect(await store.userByTokenHash(hashToken(`${petra.token}x`))).toBeUndefined();
      const stamp: AuditStamp = { actor: 'cli:root', clientAddress: null, at: '2026-05-02T00:00:00.000Z' };
      expect(await store.revokeUser('PETRA@oberon.nl', stamp)).toBe(true);
      expect(await store.revokeUser('petra@oberon.nl', stamp)).toBe(false);
      expect(await store.userByTokenHash(hashToken(petra.token))).toBeUndefined();
      const again = account('petra@oberon.nl');
      again.user.createdAt = '2026-05-03T00:00:00.000Z';
      expect(await store.addUser(again.user)).toBe('added');
      const users = await store.listUsers();
      expect(users.map((u) => [u.email, u.revokedAt])).toEqual([
        ['petra@oberon.nl', '2026-05-02T00:00:00.000Z'],
        ['petra@oberon.nl', null],
      ]);
      expect(JSON.stringify(users)).not.toContain(petra.user.tokenHash);
    });

    it('appends entries and pages them newest first, per request, and purges them by age', async () => {
      const store = await fresh();
      const id = randomUUID();
      const entries = Array.from({ length: 5 }, (_, i) => ({
        at: `2026-05-0${i + 1}T00:00:00.000Z`,
        actor: 'bootstrap',
        action: 'read' as const,
        requestId: i % 2 === 0 ? id : null,
        clientAddress: '2001:db8::1',
      }));
      await store.audit(entries);
      const first = await store.listAudit({ limit: 2 });
      expect(first.items.map((e) => e.at)).toEqual(['2026-05-05T00:00:00.000Z', '2026-05-04T00:00:00.000Z']);
      expect(first.total).toBe(5);
      const second = await store.listAudit({ limit: 10, cursor: first.next as string });
      expect(second.items).toHaveLength(3);
      expect(second.next).toBeNull();
      const forRequest = await store.listAudit({ limit: 10, requestId: id.toUpperCase() });
      expect(forRequest.items).toHaveLength(3);
      expect(forRequest.total).toBe(3);
      await expect(store.listAudit({ limit: 5, cursor: '%%%' })).rejects.toBeInstanceOf(InvalidCursorError);
      expect(await store.purgeAudit('2026-05-03T00:00:00.000Z')).toBe(2);
      expect((await store.listAudit({ limit: 10 })).items).toHaveLength(3);
    });
  });

  describe('what no store accepts', () => {
    it('refuses NUL and unpaired surrogates before any SQL runs, as a permanent error', async () => {
      const store = await fresh();
      const nul = validRequest();
      nul.question = `Een vraag met een NUL\u0000 erin, lang genoeg.`;
      const lone = validRequest();
      lone.contact = { ...lone.contact, name: `Jan \ud83d` };
      await expect(store.insert(newRecord(nul))).rejects.toBeInstanceOf(PermanentStoreError);
      await expect(store.insert(newRecord(lone))).rejects.toBeInstanceOf(PermanentStoreError);
      expect(await store.count()).toBe(0);
    });

    it('is ready while it takes writes, and not once closed', async () => {
      const store = await fresh();
      await expect(store.ready()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ready()).rejects.toThrow(/closed/);
    });
  });

  describe('transitions', () => {
    it('moves along allowed transitions and records time, actor and note', async () => {
      const store = await fresh();
      const { record } = await store.insert(newRecord());
      const at = '2026-05-06T07:08:09.010Z';
      const moved = await store.transition(record.id, { to: 'intake', actor: 'Petra', note: 'gebeld', at });
      expect(moved).toMatchObject({ kind: 'moved', event: { from: 'submitted', to: 'intake', at, actor: 'Petra' } });
      if (moved.kind !== 'moved') throw new Error('not moved');
      expect(moved.record.status).toBe('intake');
      expect(moved.record.updatedAt).toBe(at);
      await store.transition(record.id, { to: 'matched', actor: 'Petra', at: '2026-05-07T00:00:00.000Z' });
      expect(await store.history(record.id)).toEqual([
        { from: 'submitted', to: 'intake', at, actor: 'Petra', note: 'gebeld' },
        { from: 'intake', to: 'matched', at: '2026-05-07T00:00:00.000Z', actor: 'Petra' },
      ]);
      expect((await store.get(record.id))?.status).toBe('matched');
    });

    it('refuses moves the trajectory does not allow and leaves no trace', async () => {
      const store = await fresh();
      const { record } = await store.insert(newRecord());
      const outcome = await store.transition(record.id, { to: 'closed', actor: 'a', at: new Date().toISOString() });
      expect(outcome).toEqual({ kind: 'illegal', from: 'submitted' });
      expect((await store.get(record.id))?.status).toBe('submitted');
      expect(await store.history(record.id)).toEqual([]);
    });

    it('reports unknown requests', async () => {
      const store = await fresh();
      const at = new Date().toISOString();
      expect(await store.transition('00000000-0000-4000-8000-000000000000', { to: 'intake', actor: 'a', at })).toEqual({
        kind: 'not-found',
      });
      expect(await store.transition('not-a-uuid', { to: 'intake', actor: 'a', at })).toEqual({ kind: 'not-found' });
    });

    it('lets exactly one of two racing moves out of a state win', async () => {
      const store = await fresh();
      const { record } = await store.insert(newRecord());
      const at = new Date().toISOString();
      const outcomes = await Promise.all([
        store.transition(record.id, { to: 'withdrawn', actor: 'a', at }),
        store.transition(record.id, { to: 'withdrawn', actor: 'b', at }),
      ]);
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['illegal', 'moved']);
      expect(await store.history(record.id)).toHaveLength(1);
    });
  });

  describe('outbox', () => {
    const kinds = ['coordinator-mail', 'receipt', 'webhook'] as const;

    it('queues messages with a new request only, in its transaction, and claims each once', async () => {
      const store = await fresh();
      const request = validRequest();
      const first = await store.insert({ ...newRecord(request), outbox: kinds });
      await store.insert({ ...newRecord(request), outbox: kinds });
      expect(await store.outboxCounts()).toEqual({ pending: 3, delivered: 0, dead: 0 });
      const now = new Date().toISOString();
      const claimed = await store.claimOutbox(10, 60_000, now);
      expect(claimed.map((j) => j.kind).sort()).toEqual([...kinds]);
      expect(claimed.every((j) => j.requestId === first.record.id && j.attempts === 1)).toBe(true);
      // Claimed messages are not due again until the claim expires.
      expect(await store.claimOutbox(10, 60_000, now)).toEqual([]);
      const later = new Date(Date.now() + 61_000).toISOString();
      expect((await store.claimOutbox(10, 60_000, later)).map((j) => j.attempts)).toEqual([2, 2, 2]);
    });

    it('records delivered, retry and dead, and purges settled messages by age', async () => {
      const store = await fresh();
      await store.insert({ ...newRecord(), outbox: kinds });
      const now = new Date().toISOString();
      const [a, b, c] = await store.claimOutbox(10, 1000, now);
      const soon = new Date(Date.now() + 5000).toISOString();
      await store.settleOutbox(a?.id ?? '', { kind: 'delivered', at: now });
      await store.settleOutbox(b?.id ?? '', { kind: 'retry', at: now, nextAttemptAt: soon, error: 'timeout' });
      await store.settleOutbox(c?.id ?? '', { kind: 'dead', at: now, error: 'refused' });
      // A settled message is not settled again (a late answer after a claim expired).
      await store.settleOutbox(a?.id ?? '', { kind: 'dead', at: now, error: 'late' });
      expect(await store.outboxCounts()).toEqual({ pending: 1, delivered: 1, dead: 1 });
      expect(await store.claimOutbox(10, 1000, new Date(Date.now() + 2000).toISOString())).toEqual([]);
      expect(await store.claimOutbox(10, 1000, new Date(Date.now() + 6000).toISOString())).toHaveLength(1);
      expect(await store.purgeOutbox(new Date(Date.parse(now) - 1).toISOString())).toBe(0);
      expect(await store.purgeOutbox(new Date(Date.parse(now) + 1).toISOString())).toBe(2);
      expect(await store.outboxCounts()).toEqual({ pending: 1, delivered: 0, dead: 0 });
    });

    it('gives every message to one of two racing store instances', async () => {
      const a = await fresh();
      const b = await reopen();
      for (let i = 0; i < 10; i += 1) await a.insert({ ...newRecord(), outbox: kinds });
      const now = new Date().toISOString();
      const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).claimOutbox(3, 60_000, now)));
      const ids = claims.flat().map((j) => j.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
    });

    it('erasure removes the messages of a request', async () => {
      const store = await fresh();
      const { record } = await store.insert({ ...newRecord(), outbox: kinds });
      await store.insert({ ...newRecord(), outbox: ['webhook'] });
      expect(await store.erase(record.id)).toBe(true);
      expect(await store.outboxCounts()).toEqual({ pending: 1, delivered: 0, dead: 0 });
    });
  });
  describe('sessions', () => {
    const user = (email: string): NewStaffUser => ({
      id: randomUUID(),
      name: email,
      email,
      role: 'adviser',
      provider: 'sardes',
      tokenHash: randomUUID().replaceAll('-', '').repeat(2),
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    const stamp: AuditStamp = { actor: 'c@example.nl', clientAddress: null, at: '2025-06-01T00:00:00.000Z' };

    it('keeps sessions by id hash with their account, shares them between instances, and ends them', async () => {
      const a = await fresh();
      const b = await reopen();
      const ann = user('ann@example.nl');
      await a.addUser(ann);
      await a.createSession({ idHash: 'h1', userId: ann.id, createdAt: '2025-06-01T10:00:00.000Z', expiresAt: '2025-06-01T22:00:00.000Z' });
      await a.createSession({ idHash: 'h2', userId: null, createdAt: '2025-06-01T10:00:00.000Z', expiresAt: '2025-06-01T22:00:00.000Z' });
      const seen = await b.session('h1');
      expect(seen).toEqual({
        user: expect.objectContaining({ id: ann.id, email: 'ann@example.nl', role: 'adviser', provider: 'sardes', revokedAt: null }),
        createdAt: '2025-06-01T10:00:00.000Z',
        lastSeenAt: '2025-06-01T10:00:00.000Z',
        expiresAt: '2025-06-01T22:00:00.000Z',
      });
      expect((await b.session('h2'))?.user).toBeNull();
      expect(await b.session('nope')).toBeUndefined();
      await b.touchSession('h1', '2025-06-01T10:20:00.000Z');
      expect((await a.session('h1'))?.lastSeenAt).toBe('2025-06-01T10:20:00.000Z');
      expect(await a.deleteSession('h2')).toBe(true);
      expect(await b.deleteSession('h2')).toBe(false);
      expect(await b.session('h2')).toBeUndefined();
    });

    it('ends the sessions of a revoked account, and purges idle and expired ones', async () => {
      const store = await fresh();
      const ann = user('ann@example.nl');
      const bob = user('bob@example.nl');
      await store.addUser(ann);
      await store.addUser(bob);
      const at = (hour: number) => `2025-06-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
      await store.createSession({ idHash: 'ann', userId: ann.id, createdAt: at(8), expiresAt: at(20) });
      await store.createSession({ idHash: 'idle', userId: bob.id, createdAt: at(8), expiresAt: at(20) });
      await store.createSession({ idHash: 'old', userId: bob.id, createdAt: at(0), expiresAt: at(12) });
      await store.createSession({ idHash: 'live', userId: bob.id, createdAt: at(8), expiresAt: at(20) });
      await store.touchSession('old', at(11));
      await store.touchSession('live', at(11).replace(':00:00', ':45:00'));
      expect(await store.revokeUser('ann@example.nl', stamp)).toBe(true);
      expect(await store.session('ann')).toBeUndefined();
      // At noon, with 30 minutes idle time: 'idle' was last seen at 8, 'old' ends at 12.
      expect(await store.purgeSessions(at(11).replace(':00:00', ':30:00'), at(12))).toBe(2);
      expect(await store.session('idle')).toBeUndefined();
      expect(await store.session('old')).toBeUndefined();
      expect((await store.session('live'))?.user?.email).toBe('bob@example.nl');
    });
  });

  describe('stats', () => {
    function request(code: string, name: string, supportTypes: string[], outcome: 'eligible' | 'contact') {
      const r = validRequest({ municipality: { code, name } } as never);
      r.supportTypes = supportTypes as typeof r.supportTypes;
      r.eligibility = { ...r.eligibility, outcome };
      return r;
    }

    it('counts per day, support type, outcome, state and municipality, with median stays, for a filter', async () => {
      const store = await fresh();
      const day = (d: number, hour = 9) => `2025-03-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
      const add = async (r: ReturnType<typeof request>, receivedAt: string, serverOutcome: 'eligible' | 'contact' | null) => {
        const record = newRecord(r, receivedAt);
        record.eligibilityCheck = {
          ...record.eligibilityCheck,
          serverDecision: serverOutcome === null ? null : { ...r.eligibility, outcome: serverOutcome },
        };
        return (await store.insert(record)).record.id;
      };
      const a = await add(request('GM0088', 'Schiermonnikoog', ['local-structure', 'other'], 'eligible'), day(3), 'eligible');
      const b = await add(request('GM0088', 'Schiermonnikoog', ['local-structure'], 'contact'), day(3, 23), null);
      const c = await add(request('GM0981', 'Vaals', ['other'], 'eligible'), day(10), 'contact');
      await add(request('GM0363', 'Amsterdam', ['shared-ambition'], 'eligible'), day(20), 'eligible');
      const move = (id: string, to: 'intake' | 'matched', at: string) => store.transition(id, { to, actor: 'x', at });
      await move(a, 'intake', day(5)); // 2 days in submitted
      await move(a, 'matched', day(8)); // 3 days in intake
      await move(b, 'intake', day(4, 23)); // 1 day in submitted
      await move(c, 'intake', day(14)); // 4 days in submitted
      await store.assign(c, { provider: 'sardes', adviserEmail: null });

      const all = await store.stats({});
      expect(all.total).toBe(4);
      expect(all.perDay).toEqual([
        { day: '2025-03-03', count: 2 },
        { day: '2025-03-10', count: 1 },
        { day: '2025-03-20', count: 1 },
      ]);
      expect(all.bySupportType).toEqual([
        { supportType: 'local-structure', count: 2 },
        { supportType: 'other', count: 2 },
        { supportType: 'shared-ambition', count: 1 },
      ]);
      expect(all.byOutcome).toEqual([
        { outcome: 'eligible', count: 2 },
        { outcome: 'contact', count: 2 },
      ].sort((x, y) => y.count - x.count || x.outcome.localeCompare(y.outcome)));
      expect(all.byMunicipality).toEqual([
        { code: 'GM0088', count: 2 },
        { code: 'GM0363', count: 1 },
        { code: 'GM0981', count: 1 },
      ]);
      expect(all.byStatus.map((s) => s.status)).toEqual(Object.keys(trajectoryTransitions));
      expect(all.byStatus.slice(0, 3)).toEqual([
        { status: 'submitted', count: 1, medianDaysInState: 2 },
        { status: 'intake', count: 2, medianDaysInState: 3 },
        { status: 'matched', count: 1, medianDaysInState: null },
      ]);
      expect(all.byStatus.slice(3).every((s) => s.count === 0 && s.medianDaysInState === null)).toBe(true);

      const sardes = await store.stats({ visibleTo: { provider: 'sardes', adviserEmail: 'a@sardes.nl' } });
      expect(sardes.total).toBe(1);
      expect(sardes.byMunicipality).toEqual([{ code: 'GM0981', count: 1 }]);
      expect(sardes.byStatus[0]).toEqual({ status: 'submitted', count: 0, medianDaysInState: 4 });

      const early = await store.stats({ receivedBefore: day(4, 0) });
      expect(early.total).toBe(2);
      expect(early.perDay).toEqual([{ day: '2025-03-03', count: 2 }]);
      expect((await store.stats({ municipalityCodes: [] })).total).toBe(0);
    });
  });
}
