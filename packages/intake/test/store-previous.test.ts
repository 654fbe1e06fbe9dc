import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrations } from '../src/store/migrations/index.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { IntakeStore } from '../src/store/types.js';
import { newRecord } from './fixtures.js';
import { postgresUrl, resetPostgres } from './postgres.js';

// Databases written by the two separate stores that came before the shared one (schema version 4):
// three requests, a move, an assignment, a note, two accounts (one revoked), audit entries and an
// outbox with one delivered and one pending message. The PostgreSQL one is a pg_dump with inserts.
const fixtures = new URL('./fixtures/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'npo-intake-previous-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const first = '0b7f8a52-5d43-4c1e-9a0e-1f6a2c3d4e01';

async function readsBack(store: IntakeStore): Promise<void> {
  expect(await store.migrations()).toEqual(migrations.map((m) => m.version));
  expect(await store.count()).toBe(3);
  const record = await store.get(first);
  expect(record).toMatchObject({
    reference: 'NPO-2025-000001',
    status: 'intake',
    provider: 'sardes',
    adviserEmail: 'adviseur@example.nl',
    receivedAt: '2025-02-10T09:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    bodyHash: 'hash-1',
  });
  expect(record?.request.contact.email).toBe('Aanvrager1@Example.nl');
  expect(record?.eligibilityCheck.status).toBe('match');
  expect((await store.get('NPO-2025-000003'))?.receivedAt).toBe('2025-04-12T09:00:00.000Z');
  expect(await store.history(first)).toEqual([
    { from: 'submitted', to: 'intake', at: '2025-03-01T10:00:00.000Z', actor: 'coordinator@example.nl', note: 'gebeld' },
  ]);
  expect(await store.notes(first)).toEqual([
    { at: '2025-03-01T10:02:00.000Z', author: 'coordinator@example.nl', text: 'Eerste notitie' },
  ]);
  expect((await store.findBySubject('aanvrager2@example.nl')).map((r) => r.reference)).toEqual(['NPO-2025-000002']);
  const users = await store.listUsers();
  expect(users.map((u) => [u.email, u.role, u.revokedAt])).toEqual([
    ['coordinator@example.nl', 'coordinator', null],
    ['adviseur@example.nl', 'adviser', '2025-04-01T00:00:00.000Z'],
  ]);
  expect((await store.userByTokenHash('a'.repeat(64)))?.name).toBe('Coördinator');
  expect(await store.userByTokenHash('b'.repeat(64))).toBeUndefined();
  const audit = await store.listAudit({ limit: 10, requestId: first });
  expect(audit.items.map((e) => e.action)).toEqual(['note', 'assign', 'move']);
  expect(await store.outboxCounts()).toEqual({ pending: 1, delivered: 1, dead: 0 });
  const page = await store.list({ limit: 2 });
  expect(page.total).toBe(3);
  expect(page.items.map((r) => r.reference)).toEqual(['NPO-2025-000003', 'NPO-2025-000002']);
  // Sequences go on where the previous store left them.
  const added = await store.insert(newRecord(undefined, '2025-05-01T00:00:00.000Z'));
  expect(added.record.reference).toBe('NPO-2025-000004');
  expect(await store.erase(first)).toBe(true);
  expect(await store.outboxCounts()).toEqual({ pending: 0, delivered: 0, dead: 0 });
}

describe('a database written by the previous stores', () => {
  it('SQLite: opens, migrates forward and reads everything back', async () => {
    const file = join(dir, 'previous.sqlite');
    copyFileSync(new URL('intake-v4.sqlite', fixtures), file);
    const store = await openSqliteStore({ filename: file });
    try {
      await readsBack(store);
    } finally {
      await store.close();
    }
  });

  it.skipIf(postgresUrl === undefined)('PostgreSQL: opens, migrates forward and reads everything back', async () => {
    const connectionString = postgresUrl as string;
    await resetPostgres(connectionString);
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(readFileSync(new URL('intake-v4.postgres.sql', fixtures), 'utf8'));
    } finally {
      await client.end();
    }
    const store = await openPostgresStore({ connectionString });
    try {
      await readsBack(store);
    } finally {
      await store.close();
    }
  });
});
