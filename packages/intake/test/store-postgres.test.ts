import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PermanentStoreError } from '../src/store/errors.js';
import { newRecord, validRequest } from './fixtures.js';
import pg from 'pg';
import { migrations } from '../src/store/migrations/index.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { postgresUrl as url, resetPostgres as dropTables } from './postgres.js';
import { storeContract } from './store-contract.js';

if (url === undefined || url === '') {
  console.warn(
    'PostgreSQL store suite skipped: set NPO_TEST_DATABASE_URL (e.g. postgres://npo:npo@127.0.0.1:5432/npo_test) to run it',
  );
  describe('PostgreSQL store', () => {
    it.skip('skipped: set NPO_TEST_DATABASE_URL (e.g. postgres://npo:npo@127.0.0.1:5432/npo_test) to run the store suite on PostgreSQL', () => {});
  });
} else {
  const connectionString = url;
  describe('PostgreSQL store', () => {
    storeContract({
      async fresh() {
        await dropTables(connectionString);
        return openPostgresStore({ connectionString });
      },
      reopen() {
        return openPostgresStore({ connectionString });
      },
      async atVersion1(rows) {
        await dropTables(connectionString);
        const client = new pg.Client({ connectionString });
        await client.connect();
        try {
          await client.query(migrations[0]?.sql('postgres') ?? '');
          await client.query('CREATE TABLE intake_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
          await client.query("INSERT INTO intake_migrations VALUES (1, 'v1', now())");
          for (const row of rows) {
            await client.query(
              `INSERT INTO support_requests (id, idempotency_key, body_hash, status, received_at, updated_at,
                municipality_code, request_json, eligibility_flagged, eligibility_check_json)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [row.id, row.idempotency_key, row.body_hash, row.status, row.received_at, row.updated_at, row.municipality_code, row.request_json, row.eligibility_flagged, row.eligibility_check_json],
            );
          }
        } finally {
          await client.end();
        }
      },
    });
  });
}

/** Text of the PostgreSQL server logs, where the test can read them (Debian's layout, as in `.ci/run`). */
function serverLogs(): string | undefined {
  const folder = '/var/log/postgresql';
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.log'))
      .map((name) => readFileSync(join(folder, name), 'utf8'))
      .join('\n');
  } catch {
    return undefined;
  }
}

describe.skipIf(url === undefined || url === '')('PostgreSQL server log', () => {
  it('never receives requester data that cannot be stored, so none can reach its log', async () => {
    await dropTables(url as string);
    const store = await openPostgresStore({ connectionString: url as string });
    try {
      const marker = `geheim-${randomUUID()}`;
      const nul = validRequest();
      nul.contact = { ...nul.contact, name: `${marker} naam` };
      nul.question = `${marker} met een NUL \u0000 erin`;
      const broken = validRequest();
      broken.contact = { ...broken.contact, name: `${marker} naam` };
      broken.municipality = {} as never;
      await expect(store.insert(newRecord(nul))).rejects.toBeInstanceOf(PermanentStoreError);
      await expect(store.insert(newRecord(broken))).rejects.toBeInstanceOf(PermanentStoreError);
      expect(await store.count()).toBe(0);
      const logs = serverLogs();
      if (logs !== undefined) expect(logs).not.toContain(marker);
    } finally {
      await store.close();
    }
  });
});
