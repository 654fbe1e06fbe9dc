import { sql } from 'kysely';
import { inTransaction, type StoreDialect } from './dialect.js';
import { migrations } from './migrations/index.js';

/**
 * Applies the migrations a database lacks, each in its own write transaction that first takes the
 * migration lock, so several processes opening one database at once apply each exactly once.
 */
export async function migrate(dialect: StoreDialect): Promise<void> {
  await inTransaction(dialect, async (db) => {
    await dialect.lockMigrations(db);
    await sql
      .raw(
        `CREATE TABLE IF NOT EXISTS intake_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${dialect.timestampType} NOT NULL)`,
      )
      .execute(db);
  });
  for (const migration of migrations) {
    await inTransaction(dialect, async (db) => {
      await dialect.lockMigrations(db);
      const applied = await db
        .selectFrom('intake_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (applied) return;
      await dialect.runScript(db, migration.sql(dialect.name));
      await db
        .insertInto('intake_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
}
