import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { StoreDialect } from './dialect.js';
import { migrate } from './migrate.js';
import { IntakeSqliteDialect } from './sqlite-driver.js';
import type { Tables } from './schema.js';
import { Store } from './store.js';
import type { GroupCommitOptions, IntakeStore } from './types.js';

/**
 * Options for {@link openSqliteStore}.
 * @public
 */
export interface SqliteStoreOptions {
  /** Path of the database file. A missing file is created 0600, a missing folder 0700. */
  filename: string;
  /** Batching of durable commits. */
  groupCommit?: GroupCommitOptions;
}

/** Creates a missing folder 0700 and a missing database file 0600; SQLite gives its WAL files the file's mode. */
function createPrivately(filename: string): void {
  if (filename === ':memory:' || filename === '') return;
  const path = resolve(filename);
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (existsSync(path)) return;
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function sqliteDialect(raw: Database.Database, filename: string): StoreDialect {
  // Transaction statements go straight to the handle, which the transaction holds: they run once or
  // twice per group commit, and the query builder has nothing to build for them.
  const control = {
    begin: raw.prepare('BEGIN IMMEDIATE'),
    commit: raw.prepare('COMMIT'),
    rollback: raw.prepare('ROLLBACK'),
  };
  return {
    name: 'sqlite',
    db: new Kysely<Tables>({ dialect: new IntakeSqliteDialect(raw, filename) }),
    control: async (_db, statement) => {
      control[statement].run();
    },
    rowLocks: false,
    timestampType: 'TEXT',
    // The connection is held by the transaction, so its handle runs the script in that transaction.
    runScript: async (_db, script) => {
      raw.exec(script);
    },
    lockMigrations: async () => undefined,
    afterErase: async (db) => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    // Times are stored as ISO text in UTC, so the day is its first ten characters.
    receivedDay: sql<string>`substr(received_at, 1, 10)`,
    supportTypes: sql`json_each(request_json, '$.supportTypes')`,
    daysBetween: (earlier, later) => sql<number>`(julianday(${later}) - julianday(${earlier}))`,
  };
}

/**
 * Opens (and migrates) a SQLite store: WAL journal, `synchronous=FULL`, so a resolved insert is on disk;
 * `secure_delete`, so erased data is overwritten.
 * @public
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<IntakeStore> {
  createPrivately(options.filename);
  const raw = new Database(options.filename);
  const dialect = sqliteDialect(raw, options.filename);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('secure_delete = ON');
    await migrate(dialect);
  } catch (error) {
    await dialect.db.destroy();
    throw error;
  }
  return new Store(dialect, options.groupCommit ?? {});
}
