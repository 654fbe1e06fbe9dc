import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import Database from 'better-sqlite3';
import { sqliteMigrations } from '../src/store/migrations/sqlite.js';
import { openSqliteStore } from '../src/store/sqlite.js';
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
        db.exec(sqliteMigrations[0]?.sql ?? '');
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
