import pg from 'pg';
import { describe, it } from 'vitest';
import { postgresMigrations } from '../src/store/migrations/postgres.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { storeContract } from './store-contract.js';

const url = process.env.NPO_TEST_DATABASE_URL;

async function dropTables(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS support_request_events, support_requests, intake_migrations');
  } finally {
    await client.end();
  }
}

if (url === undefined || url === '') {
  console.warn(
    'PostgreSQL store suite skipped: set NPO_TEST_DATABASE_URL (e.g. postgres://npo:npo@127.0.0.1:5432/npo_test) to run it',
  );
  describe('PostgreSQL store', () => {
    it.skip('skipped: set NPO_TEST_DATABASE_URL (e.g. postgres://npo:npo@127.0.0.1:5432/npo_test) to run the store suite on PostgreSQL', () => {});
  });
} else {
  describe('PostgreSQL store', () => {
    storeContract({
      async fresh() {
        await dropTables(url);
        return openPostgresStore({ connectionString: url });
      },
      reopen() {
        return openPostgresStore({ connectionString: url });
      },
      async atVersion1(rows) {
        await dropTables(url);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(postgresMigrations[0]?.sql ?? '');
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
