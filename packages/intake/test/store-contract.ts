import { describe, expect, it, afterEach } from 'vitest';
import { InvalidCursorError } from '../src/store/common.js';
import type { IntakeStore } from '../src/store/types.js';
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
      expect(await store.migrations()).toEqual([1, 2]);
      await store.close();
      const again = await reopen();
      expect(await again.migrations()).toEqual([1, 2]);
    });

    it('turns a stored single planPhase into planPhases with that phase, and leaves the rest alone', async () => {
      const old = legacyRow('execute');
      const current = legacyRow(null);
      await factory.atVersion1([old, current]);
      const store = await reopen();
      expect(await store.migrations()).toEqual([1, 2]);
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
    it('purges only finished requests whose last change is older than the cutoff', async () => {
      const store = await fresh();
      const ids: string[] = [];
      for (let i = 0; i < 4; i += 1) ids.push((await store.insert(newRecord(validRequest(), '2025-01-01T00:00:00.000Z'))).record.id);
      const [oldClosed, recentDeclined, oldOpen, oldWithdrawn] = ids as [string, string, string, string];
      const move = (id: string, to: 'intake' | 'matched' | 'in-progress' | 'evaluating' | 'closed' | 'declined' | 'withdrawn', at: string) =>
        store.transition(id, { to, actor: 'a', at });
      for (const to of ['intake', 'matched', 'in-progress', 'evaluating', 'closed'] as const) await move(oldClosed, to, '2025-02-01T00:00:00.000Z');
      await move(recentDeclined, 'declined', '2026-06-01T00:00:00.000Z');
      await move(oldOpen, 'intake', '2025-02-01T00:00:00.000Z');
      await move(oldWithdrawn, 'withdrawn', '2025-03-01T00:00:00.000Z');

      expect(await store.purgeFinished('2026-01-01T00:00:00.000Z')).toBe(2);
      expect(await store.get(oldClosed)).toBeUndefined();
      expect(await store.history(oldClosed)).toEqual([]);
      expect(await store.get(oldWithdrawn)).toBeUndefined();
      expect((await store.get(recentDeclined))?.status).toBe('declined');
      expect((await store.get(oldOpen))?.status).toBe('intake');
      expect(await store.purgeFinished('2026-01-01T00:00:00.000Z')).toBe(0);
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
}
