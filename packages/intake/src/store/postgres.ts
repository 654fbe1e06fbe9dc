import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { StoreDialect } from './dialect.js';
import { migrate } from './migrate.js';
import type { Tables } from './schema.js';
import { Store } from './store.js';
import type { GroupCommitOptions, IntakeStore } from './types.js';

/**
 * Options for {@link openPostgresStore}.
 * @public
 */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. */
  connectionString: string;
  /** Connections in the pool. Default 5. */
  poolSize?: number;
  /** Batching of durable commits. */
  groupCommit?: GroupCommitOptions;
}

// Arbitrary constant that serialises migrations between processes sharing one database.
const migrationLockKey = 7_401_220_011;

function postgresDialect(pool: pg.Pool): StoreDialect {
  return {
    name: 'postgres',
    db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }),
    control: async (db, statement) => {
      await sql.raw(statement.toUpperCase()).execute(db);
    },
    rowLocks: true,
    timestampType: 'TIMESTAMPTZ',
    // Without parameters the script goes as one simple query, which may hold several statements.
    runScript: async (db, script) => {
      await sql.raw(script).execute(db);
    },
    lockMigrations: async (db) => {
      await sql`SELECT pg_advisory_xact_lock(${migrationLockKey})`.execute(db);
    },
    // PostgreSQL frees deleted tuples by itself (VACUUM); there is no file of this process to rewrite.
    afterErase: async () => undefined,
    receivedDay: sql<string>`to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
    supportTypes: sql`jsonb_array_elements_text(request_json -> 'supportTypes')`,
    daysBetween: (earlier, later) => sql<number>`(EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400)`,
  };
}

/**
 * Opens (and migrates) a PostgreSQL store. A resolved insert has been committed with `synchronous_commit=on`.
 * @public
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<IntakeStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 5,
    options: '-c synchronous_commit=on',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const dialect = postgresDialect(pool);
  try {
    await migrate(dialect);
  } catch (error) {
    await dialect.db.destroy();
    throw error;
  }
  return new Store(dialect, options.groupCommit ?? {});
}
