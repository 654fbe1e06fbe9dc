import pg from 'pg';
import { describe, it } from 'vitest';
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
    });
  });
}
