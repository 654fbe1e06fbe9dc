import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';

/** A first-come, first-served lock. */
class Turns {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when it is the caller's turn, with the function that ends it. */
  take(): Promise<() => void> {
    let end!: () => void;
    const mine = new Promise<void>((done) => {
      end = done;
    });
    const ready = this.tail.then(() => end);
    this.tail = this.tail.then(() => mine);
    return ready;
  }
}

// A transaction spans awaits, and SQLite's busy wait blocks the thread: a second store on the same file
// in this process would wait for a lock that the first can then never release. So every store of one
// file in this process takes turns; other processes wait in SQLite's busy handler as before.
const turnsByFile = new Map<string, Turns>();

function turnsFor(filename: string): Turns {
  // An in-memory database belongs to its one handle.
  if (filename === ':memory:' || filename === '') return new Turns();
  const key = resolve(filename);
  let turns = turnsByFile.get(key);
  if (turns === undefined) {
    turns = new Turns();
    turnsByFile.set(key, turns);
  }
  return turns;
}

class TakingTurnsDriver extends SqliteDriver {
  private readonly ends: (() => void)[] = [];

  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly turns: Turns,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const end = await this.turns.take();
    try {
      const connection = await super.acquireConnection();
      this.ends.push(end);
      return connection;
    } catch (error) {
      end();
      throw error;
    }
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.ends.shift()?.();
  }
}

// The query builder prepares every query anew; the intake runs a few dozen distinct ones, so keeping
// their prepared statements saves SQLite's parse and plan on each call.
const statementCacheSize = 200;

function withStatementCache(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(text) {
      let statement = cache.get(text);
      if (statement === undefined) {
        statement = db.prepare(text);
        if (cache.size >= statementCacheSize) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/** Kysely's SQLite dialect over one better-sqlite3 handle, with cached statements and per-file turns. */
export class IntakeSqliteDialect extends SqliteDialect {
  private readonly database: SqliteDatabase;
  private readonly turns: Turns;

  constructor(db: Database.Database, filename: string) {
    const database = withStatementCache(db);
    super({ database });
    this.database = database;
    this.turns = turnsFor(filename);
  }

  override createDriver(): Driver {
    return new TakingTurnsDriver({ database: this.database }, this.turns);
  }
}
