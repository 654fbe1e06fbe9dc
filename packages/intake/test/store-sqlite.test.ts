import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrations } from '../src/store/migrations/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { newRecord, validRequest } from './fixtures.js';
import { storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'npo-intake-store-'));
let counter = 0;
let current = '';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store', () => {
  storeContract({
    fresh() {
      counter += 1;
      current = join(dir, `store-${counter}.db`);
      return openSqliteStore({ filename: current });
    },
    reopen() {
      return openSqliteStore({ filename: current });
    },
    async atVersion1(rows) {
      counter += 1;
      current = join(dir, `store-${counter}.db`);
      const db = new Database(current);
      try {
        db.exec(migrations[0]?.sql('sqlite') ?? '');
        db.exec('CREATE TABLE intake_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        db.prepare("INSERT INTO intake_migrations VALUES (1, 'v1', '2024-01-01T00:00:00Z')").run();
        const insert = db.prepare(`INSERT INTO support_requests (id, idempotency_key, body_hash, status, received_at, updated_at,
          municipality_code, request_json, eligibility_flagged, eligibility_check_json)
          VALUES (@id, @idempotency_key, @body_hash, @status, @received_at, @updated_at, @municipality_code, @request_json, @flagged, @eligibility_check_json)`);
        for (const row of rows) insert.run({ ...row, flagged: row.eligibility_flagged ? 1 : 0 });
      } finally {
        db.close();
      }
    },
  });
});

describe('SQLite files', () => {
  it('creates a missing folder 0700 and the database files 0600', async () => {
    const folder = join(dir, 'nieuw', 'map');
    const file = join(folder, 'intake.db');
    const store = await openSqliteStore({ filename: file });
    await store.insert(newRecord());
    expect(statSync(join(dir, 'nieuw')).mode & 0o777).toBe(0o700);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of ['intake.db', 'intake.db-wal', 'intake.db-shm']) {
      expect(statSync(join(folder, name)).mode & 0o777, name).toBe(0o600);
    }
    await store.close();
  });

  it('leaves no byte of an erased or purged request in the database file or its WAL', async () => {
    const file = join(dir, 'erase.db');
    const store = await openSqliteStore({ filename: file });
    const marker = `wis-mij-${randomUUID()}`;
    const secret = (n: number) => {
      const request = validRequest();
      request.contact = { ...request.contact, email: `${marker}-${n}@example.nl`, name: `${marker} naam ${n}` };
      request.question = `${marker} vraag ${n} `.repeat(20);
      return request;
    };
    const erased = await store.insert(newRecord(secret(1)));
    const purged = await store.insert(newRecord(secret(2), '2020-01-01T00:00:00.000Z'));
    const kept = await store.insert(newRecord());
    await store.addNote(erased.record.id, { at: new Date().toISOString(), author: 'a', text: `${marker} notitie` });
    const bytes = () =>
      ['erase.db', 'erase.db-wal']
        .filter((name) => existsSync(join(dir, name)))
        .map((name) => readFileSync(join(dir, name)).toString('latin1'))
        .join('');
    expect(bytes()).toContain(marker);
    expect(await store.erase(erased.record.id)).toBe(true);
    expect(await store.purge({ finishedBefore: '2021-01-01T00:00:00.000Z', openBefore: '2021-01-01T00:00:00.000Z' })).toBe(1);
    expect(bytes()).not.toContain(marker);
    expect(await store.get(purged.record.id)).toBeUndefined();
    expect(await store.get(kept.record.id)).toBeDefined();
    await store.close();
    expect(bytes()).not.toContain(marker);
  });
});
