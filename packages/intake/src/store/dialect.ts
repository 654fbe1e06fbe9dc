import type { Kysely, RawBuilder } from 'kysely';
import type { Tables } from './schema.js';

/**
 * What one database does differently from the other; everything else is the one store in store.ts.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<Tables>;
  /**
   * Runs a transaction statement (`begin`, `commit` or `rollback`) on the held connection. SQLite
   * begins with `BEGIN IMMEDIATE`, taking the write lock first, so a transaction that reads before it
   * writes never fails halfway on another process's lock.
   */
  control(db: Kysely<Tables>, statement: 'begin' | 'commit' | 'rollback'): Promise<void>;
  /** Whether `SELECT ... FOR UPDATE [SKIP LOCKED]` exists (PostgreSQL); SQLite has one writer at a time. */
  readonly rowLocks: boolean;
  /** Type of a timestamp column in new tables. */
  readonly timestampType: string;
  /** Runs a migration script of several statements inside the open transaction. */
  runScript(db: Kysely<Tables>, script: string): Promise<void>;
  /** Serialises migrations between processes sharing the database (inside the open transaction). */
  lockMigrations(db: Kysely<Tables>): Promise<void>;
  /** After rows with requester data were deleted: SQLite moves every page out of the WAL and empties it. */
  afterErase(db: Kysely<Tables>): Promise<void>;
  /** The UTC day (`YYYY-MM-DD`) of a request's `received_at`. */
  readonly receivedDay: RawBuilder<string>;
  /** A table function over a request's support types, with the column `value`, for `FROM support_requests, <this> AS st`. */
  readonly supportTypes: RawBuilder<unknown>;
  /** Days (fractional) from one timestamp expression to a later one. */
  daysBetween(earlier: RawBuilder<unknown>, later: RawBuilder<unknown>): RawBuilder<number>;
}

/** Runs `work` in one write transaction on one connection; rolls back when it throws. */
export function inTransaction<T>(dialect: StoreDialect, work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
  return dialect.db.connection().execute(async (db) => {
    await dialect.control(db, 'begin');
    try {
      const result = await work(db);
      await dialect.control(db, 'commit');
      return result;
    } catch (error) {
      // Also after a failed COMMIT, which leaves a SQLite transaction open.
      await dialect.control(db, 'rollback').catch(() => undefined);
      throw error;
    }
  });
}
