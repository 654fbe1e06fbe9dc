import pg from 'pg';

/** The throwaway PostgreSQL database of the test run, or undefined when none is configured. */
export const postgresUrl: string | undefined = process.env.NPO_TEST_DATABASE_URL || undefined;

/** Drops every table of the test database, so the next store starts from migration 1. */
export async function resetPostgres(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    if (rows.length > 0) {
      await client.query(`DROP TABLE IF EXISTS ${rows.map((r) => `"${r.tablename}"`).join(', ')} CASCADE`);
    }
  } finally {
    await client.end();
  }
}
