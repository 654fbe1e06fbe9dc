import Database from 'better-sqlite3';
import { canTransition, type TrajectoryState } from '@npo-gemeenten/core';
import { GroupCommitter, type BatchItemResult } from './group-commit.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import {
  clampLimit,
  decodeCursor,
  encodeCursor,
  eventFromRow,
  type EventColumns,
  finalStates,
  formatReference,
  InvalidCursorError,
  isUuid,
  parseReference,
} from './common.js';
import type {
  GroupCommitOptions,
  InsertOutcome,
  IntakeStore,
  ListPage,
  ListQuery,
  NewSupportRequestRecord,
  StoredSupportRequest,
  StoredTrajectoryEvent,
  TransitionCommand,
  TransitionOutcome,
} from './types.js';

/**
 * Options for {@link openSqliteStore}.
 * @public
 */
export interface SqliteStoreOptions {
  /** Path of the database file (created when missing). */
  filename: string;
  /** Batching of durable commits. */
  groupCommit?: GroupCommitOptions;
}

interface RequestRow {
  seq: number;
  id: string;
  idempotency_key: string;
  body_hash: string;
  status: string;
  received_at: string;
  updated_at: string;
  request_json: string;
  eligibility_check_json: string;
}

interface EventRow extends EventColumns {
  at: string;
}

function toRecord(row: RequestRow): StoredSupportRequest {
  const request = JSON.parse(row.request_json) as StoredSupportRequest['request'];
  return {
    id: row.id,
    reference: formatReference(row.received_at, row.seq),
    idempotencyKey: row.idempotency_key,
    bodyHash: row.body_hash,
    status: row.status as TrajectoryState,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    request,
    clientDecision: request.eligibility,
    eligibilityCheck: JSON.parse(row.eligibility_check_json) as StoredSupportRequest['eligibilityCheck'],
  };
}

function toEvent(row: EventRow): StoredTrajectoryEvent {
  return eventFromRow(row, row.at);
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS intake_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM intake_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO intake_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of sqliteMigrations) {
    if (applied.has(migration.version)) continue;
    // IMMEDIATE takes the write lock first, so two processes opening one file cannot both migrate.
    db.transaction(() => {
      const again = db.prepare('SELECT 1 FROM intake_migrations WHERE version = ?').get(migration.version);
      if (again) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

/**
 * Opens (and migrates) a SQLite store: WAL journal, `synchronous=FULL`, so a resolved insert is on disk.
 * @public
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<IntakeStore> {
  const db = new Database(options.filename);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options.groupCommit ?? {});
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO support_requests (id, idempotency_key, body_hash, status, received_at, updated_at,
         municipality_code, request_json, eligibility_flagged, eligibility_check_json)
       VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING seq`,
    ),
    byKey: db.prepare('SELECT * FROM support_requests WHERE idempotency_key = ?'),
    byId: db.prepare('SELECT * FROM support_requests WHERE id = ?'),
    bySeq: db.prepare('SELECT * FROM support_requests WHERE seq = ?'),
    events: db.prepare(
      'SELECT from_status, to_status, at, actor, note FROM support_request_events WHERE request_id = ? ORDER BY seq',
    ),
    updateStatus: db.prepare('UPDATE support_requests SET status = ?, updated_at = ? WHERE id = ? AND status = ?'),
    insertEvent: db.prepare(
      'INSERT INTO support_request_events (request_id, from_status, to_status, at, actor, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    count: db.prepare('SELECT count(*) AS n FROM support_requests'),
    erase: db.prepare('DELETE FROM support_requests WHERE id = ?'),
  };
}

class SqliteStore implements IntakeStore {
  readonly dialect = 'sqlite' as const;
  private closed = false;
  private readonly committer: GroupCommitter<NewSupportRequestRecord, InsertOutcome>;
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(
    private readonly db: Database.Database,
    groupCommit: GroupCommitOptions,
  ) {
    this.statements = prepareStatements(db);
    const commitBatch = db.transaction((items: NewSupportRequestRecord[]) =>
      items.map((item): BatchItemResult<InsertOutcome> => {
        try {
          return { ok: true, value: this.insertNow(item) };
        } catch (error) {
          // SQLite rolls back only the failing statement; the rest of the batch still commits.
          return { ok: false, error };
        }
      }),
    );
    this.committer = new GroupCommitter(
      (items) => commitBatch.immediate(items),
      groupCommit.maxBatch ?? 128,
      groupCommit.maxDelayMs ?? 2,
    );
  }

  private insertNow(item: NewSupportRequestRecord): InsertOutcome {
    const inserted = this.statements.insert.get(
      item.id,
      item.idempotencyKey,
      item.bodyHash,
      item.receivedAt,
      item.receivedAt,
      item.request.municipality.code,
      JSON.stringify(item.request),
      item.eligibilityCheck.flagged ? 1 : 0,
      JSON.stringify(item.eligibilityCheck),
    ) as { seq: number } | undefined;
    if (inserted) {
      // New row: build the record from what was written instead of reading it back.
      return {
        created: true,
        record: {
          id: item.id,
          reference: formatReference(item.receivedAt, inserted.seq),
          idempotencyKey: item.idempotencyKey,
          bodyHash: item.bodyHash,
          status: 'submitted',
          receivedAt: item.receivedAt,
          updatedAt: item.receivedAt,
          request: item.request,
          clientDecision: item.request.eligibility,
          eligibilityCheck: item.eligibilityCheck,
        },
      };
    }
    const row = this.statements.byKey.get(item.idempotencyKey) as RequestRow | undefined;
    if (!row) throw new Error('conflicting row not found');
    return { created: false, record: toRecord(row) };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  insert(record: NewSupportRequestRecord): Promise<InsertOutcome> {
    return this.committer.submit(record);
  }

  async get(idOrReference: string): Promise<StoredSupportRequest | undefined> {
    this.assertOpen();
    let row: RequestRow | undefined;
    const reference = parseReference(idOrReference);
    if (reference) {
      row = this.statements.bySeq.get(reference.seq) as RequestRow | undefined;
      if (row && !row.received_at.startsWith(reference.year)) row = undefined;
    } else if (isUuid(idOrReference)) {
      row = this.statements.byId.get(idOrReference.toLowerCase()) as RequestRow | undefined;
    }
    return row ? toRecord(row) : undefined;
  }

  async history(id: string): Promise<StoredTrajectoryEvent[]> {
    this.assertOpen();
    return (this.statements.events.all(id) as EventRow[]).map(toEvent);
  }

  async list(query: ListQuery): Promise<ListPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    let before = Number.MAX_SAFE_INTEGER;
    if (query.cursor !== undefined) {
      const seq = decodeCursor(query.cursor);
      if (seq === undefined) throw new InvalidCursorError();
      before = seq;
    }
    const where = query.status === undefined ? '' : 'AND status = @status';
    const params = { before, status: query.status, limit: limit + 1 };
    const rows = this.db
      .prepare(`SELECT * FROM support_requests WHERE seq < @before ${where} ORDER BY seq DESC LIMIT @limit`)
      .all(query.status === undefined ? { before, limit: limit + 1 } : params) as RequestRow[];
    const { n: total } = this.db
      .prepare(`SELECT count(*) AS n FROM support_requests WHERE 1 = 1 ${where}`)
      .get(query.status === undefined ? {} : { status: query.status }) as { n: number };
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toRecord),
      total,
      next: rows.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  async *iterate(filter?: { status?: TrajectoryState }): AsyncIterable<StoredSupportRequest> {
    let after = 0;
    const where = filter?.status === undefined ? '' : 'AND status = @status';
    const statement = this.db.prepare(
      `SELECT * FROM support_requests WHERE seq > @after ${where} ORDER BY seq LIMIT 500`,
    );
    for (;;) {
      this.assertOpen();
      const rows = statement.all(
        filter?.status === undefined ? { after } : { after, status: filter.status },
      ) as RequestRow[];
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < 500) return;
      after = last.seq;
    }
  }

  async transition(id: string, command: TransitionCommand): Promise<TransitionOutcome> {
    this.assertOpen();
    if (!isUuid(id)) return { kind: 'not-found' };
    const key = id.toLowerCase();
    return this.db
      .transaction((): TransitionOutcome => {
        const row = this.statements.byId.get(key) as RequestRow | undefined;
        if (!row) return { kind: 'not-found' };
        const from = row.status as TrajectoryState;
        if (!canTransition(from, command.to)) return { kind: 'illegal', from };
        this.statements.updateStatus.run(command.to, command.at, key, from);
        this.statements.insertEvent.run(key, from, command.to, command.at, command.actor, command.note ?? null);
        const updated = this.statements.byId.get(key) as RequestRow;
        const event: StoredTrajectoryEvent = { from, to: command.to, at: command.at, actor: command.actor };
        if (command.note !== undefined) event.note = command.note;
        return { kind: 'moved', record: toRecord(updated), event };
      })
      .immediate();
  }

  async erase(id: string): Promise<boolean> {
    this.assertOpen();
    if (!isUuid(id)) return false;
    // The history goes with it through ON DELETE CASCADE (foreign_keys is on).
    return this.statements.erase.run(id.toLowerCase()).changes === 1;
  }

  async purgeFinished(updatedBefore: string): Promise<number> {
    this.assertOpen();
    const cutoff = new Date(updatedBefore).toISOString();
    const placeholders = finalStates.map(() => '?').join(', ');
    return this.db
      .prepare(`DELETE FROM support_requests WHERE status IN (${placeholders}) AND updated_at < ?`)
      .run(...finalStates, cutoff).changes;
  }

  async count(): Promise<number> {
    this.assertOpen();
    return (this.statements.count.get() as { n: number }).n;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  async migrations(): Promise<number[]> {
    this.assertOpen();
    return (this.db.prepare('SELECT version FROM intake_migrations ORDER BY version').all() as { version: number }[]).map(
      (r) => r.version,
    );
  }

  async close(): Promise<void> {
    if (this.closed) throw new Error('store is closed');
    await this.committer.close();
    this.closed = true;
    this.db.close();
  }
}
