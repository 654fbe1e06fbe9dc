import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { canTransition, type TrajectoryState } from '@npo-gemeenten/core';
import { GroupCommitter, type BatchItemResult } from './group-commit.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import {
  auditFromRow,
  type AuditColumns,
  clampLimit,
  encodeCursor,
  eventFromRow,
  type EventColumns,
  filterSql,
  finalStates,
  formatReference,
  isUuid,
  municipalitySortKey,
  noteFromRow,
  type NoteColumns,
  pageSql,
  parseReference,
  seqBefore,
  type UserColumns,
  userFromRow,
} from './common.js';
import { assertStorable } from './errors.js';
import type {
  AssignmentCommand,
  AuditEntry,
  AuditPage,
  AuditQuery,
  AuditStamp,
  GroupCommitOptions,
  InsertOutcome,
  IntakeStore,
  ListPage,
  ListQuery,
  NewStaffUser,
  NewSupportRequestRecord,
  OutboxCounts,
  OutboxJob,
  OutboxKind,
  OutboxSettlement,
  PurgeCutoffs,
  RequestFilter,
  StaffUser,
  StoredNote,
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
  /** Path of the database file. A missing file is created 0600, a missing folder 0700. */
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
  provider: string | null;
  adviser_email: string | null;
  municipality_sort: string;
}

interface EventRow extends EventColumns {
  at: string;
}

interface UserRow extends UserColumns {
  created_at: string;
  revoked_at: string | null;
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
    provider: row.provider,
    adviserEmail: row.adviser_email,
  };
}

function toUser(row: UserRow): StaffUser {
  return userFromRow(row, row.created_at, row.revoked_at);
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

/**
 * Opens (and migrates) a SQLite store: WAL journal, `synchronous=FULL`, so a resolved insert is on disk;
 * `secure_delete`, so erased data is overwritten.
 * @public
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<IntakeStore> {
  createPrivately(options.filename);
  const db = new Database(options.filename);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
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
         municipality_code, request_json, eligibility_flagged, eligibility_check_json,
         contact_email, municipality_sort, outcome)
       VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
    assign: db.prepare('UPDATE support_requests SET provider = ?, adviser_email = ? WHERE id = ?'),
    insertNote: db.prepare('INSERT INTO support_request_notes (request_id, at, author, text) VALUES (?, ?, ?, ?)'),
    notes: db.prepare('SELECT at, author, text FROM support_request_notes WHERE request_id = ? ORDER BY seq'),
    bySubject: db.prepare('SELECT * FROM support_requests WHERE contact_email = ? ORDER BY seq'),
    count: db.prepare('SELECT count(*) AS n FROM support_requests'),
    erase: db.prepare('DELETE FROM support_requests WHERE id = ?'),
    audit: db.prepare(
      'INSERT INTO intake_audit (at, actor, action, request_id, client_address) VALUES (?, ?, ?, ?, ?)',
    ),
    ready: db.prepare(
      'INSERT INTO intake_readiness (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
    ),
    activeUser: db.prepare('SELECT * FROM intake_users WHERE email = ? AND revoked_at IS NULL'),
    insertUser: db.prepare(
      'INSERT INTO intake_users (id, name, email, role, provider, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    users: db.prepare('SELECT * FROM intake_users ORDER BY created_at, id'),
    revokeUser: db.prepare('UPDATE intake_users SET revoked_at = ? WHERE email = ? AND revoked_at IS NULL'),
    userByToken: db.prepare('SELECT * FROM intake_users WHERE token_hash = ? AND revoked_at IS NULL'),
    queue: db.prepare(
      `INSERT INTO intake_outbox (id, request_id, kind, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, 'pending', 0, ?, ?)`,
    ),
    due: db.prepare(
      `SELECT id, request_id, kind, attempts FROM intake_outbox
       WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, seq LIMIT ?`,
    ),
    lease: db.prepare('UPDATE intake_outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?'),
    settle: db.prepare(
      `UPDATE intake_outbox SET status = ?, next_attempt_at = coalesce(?, next_attempt_at), last_error = ?,
         settled_at = CASE WHEN ? = 'pending' THEN NULL ELSE ? END
       WHERE id = ? AND status = 'pending'`,
    ),
    outboxCounts: db.prepare('SELECT status, count(*) AS n FROM intake_outbox GROUP BY status'),
    purgeOutbox: db.prepare("DELETE FROM intake_outbox WHERE status IN ('delivered', 'dead') AND settled_at < ?"),
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
    const check = item.eligibilityCheck;
    const inserted = this.statements.insert.get(
      item.id,
      item.idempotencyKey,
      item.bodyHash,
      item.receivedAt,
      item.receivedAt,
      item.request.municipality.code,
      JSON.stringify(item.request),
      check.flagged ? 1 : 0,
      JSON.stringify(check),
      item.request.contact.email.toLowerCase(),
      municipalitySortKey(item.request.municipality.name),
      check.serverDecision?.outcome ?? item.request.eligibility.outcome,
    ) as { seq: number } | undefined;
    if (inserted) {
      for (const kind of item.outbox ?? []) {
        this.statements.queue.run(randomUUID(), item.id, kind, item.receivedAt, item.receivedAt);
      }
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
          provider: null,
          adviserEmail: null,
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

  private writeAudit(stamp: AuditStamp | undefined, action: AuditEntry['action'], requestId: string | null): void {
    if (stamp) this.statements.audit.run(stamp.at, stamp.actor, action, requestId, stamp.clientAddress);
  }

  /** After erasure: move every page out of the WAL and empty it, so no old copy of erased rows remains. */
  private checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  insert(record: NewSupportRequestRecord): Promise<InsertOutcome> {
    try {
      assertStorable(record);
    } catch (error) {
      return Promise.reject(error);
    }
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
    return (this.statements.events.all(id) as EventRow[]).map((row) => eventFromRow(row, row.at));
  }

  async list(query: ListQuery): Promise<ListPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const filter = filterSql(query);
    const page = pageSql(query.sort ?? 'received-desc', query.cursor);
    const rows = this.db
      .prepare(
        `SELECT * FROM support_requests WHERE ${filter.text} AND ${page.where.text} ORDER BY ${page.orderBy} LIMIT ?`,
      )
      .all(...filter.params, ...page.where.params, limit + 1) as RequestRow[];
    const { n: total } = this.db
      .prepare(`SELECT count(*) AS n FROM support_requests WHERE ${filter.text}`)
      .get(...filter.params) as { n: number };
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map(toRecord), total, next: rows.length > limit && last ? page.next(last) : null };
  }

  async *iterate(filter: RequestFilter = {}): AsyncIterable<StoredSupportRequest> {
    let after = 0;
    const where = filterSql(filter);
    const statement = this.db.prepare(
      `SELECT * FROM support_requests WHERE ${where.text} AND seq > ? ORDER BY seq LIMIT 500`,
    );
    for (;;) {
      this.assertOpen();
      const rows = statement.all(...where.params, after) as RequestRow[];
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < 500) return;
      after = last.seq;
    }
  }

  async transition(id: string, command: TransitionCommand, audit?: AuditStamp): Promise<TransitionOutcome> {
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
        this.writeAudit(audit, 'move', key);
        const updated = this.statements.byId.get(key) as RequestRow;
        const event: StoredTrajectoryEvent = { from, to: command.to, at: command.at, actor: command.actor };
        if (command.note !== undefined) event.note = command.note;
        return { kind: 'moved', record: toRecord(updated), event };
      })
      .immediate();
  }

  async assign(id: string, command: AssignmentCommand, audit?: AuditStamp): Promise<StoredSupportRequest | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    const key = id.toLowerCase();
    return this.db
      .transaction(() => {
        const changed = this.statements.assign.run(command.provider, command.adviserEmail?.toLowerCase() ?? null, key);
        if (changed.changes === 0) return undefined;
        this.writeAudit(audit, 'assign', key);
        return toRecord(this.statements.byId.get(key) as RequestRow);
      })
      .immediate();
  }

  async addNote(id: string, note: StoredNote, audit?: AuditStamp): Promise<StoredNote | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    const key = id.toLowerCase();
    return this.db
      .transaction(() => {
        if (!this.statements.byId.get(key)) return undefined;
        this.statements.insertNote.run(key, note.at, note.author, note.text);
        this.writeAudit(audit, 'note', key);
        return { ...note };
      })
      .immediate();
  }

  async notes(id: string): Promise<StoredNote[]> {
    this.assertOpen();
    if (!isUuid(id)) return [];
    return (this.statements.notes.all(id.toLowerCase()) as (NoteColumns & { at: string })[]).map((row) =>
      noteFromRow(row, row.at),
    );
  }

  async findBySubject(email: string): Promise<StoredSupportRequest[]> {
    this.assertOpen();
    return (this.statements.bySubject.all(email.trim().toLowerCase()) as RequestRow[]).map(toRecord);
  }

  async erase(id: string, audit?: AuditStamp): Promise<boolean> {
    this.assertOpen();
    if (!isUuid(id)) return false;
    const key = id.toLowerCase();
    // History and notes go with it through ON DELETE CASCADE (foreign_keys is on).
    const erased = this.db
      .transaction(() => {
        const done = this.statements.erase.run(key).changes === 1;
        if (done) this.writeAudit(audit, 'erase', key);
        return done;
      })
      .immediate();
    if (erased) this.checkpoint();
    return erased;
  }

  async purge(cutoffs: PurgeCutoffs, audit?: AuditStamp): Promise<number> {
    this.assertOpen();
    const finished = new Date(cutoffs.finishedBefore).toISOString();
    const open = new Date(cutoffs.openBefore).toISOString();
    const states = finalStates.map(() => '?').join(', ');
    const ids = this.db
      .transaction(() => {
        const rows = this.db
          .prepare(
            `SELECT id FROM support_requests
             WHERE (status IN (${states}) AND updated_at < ?) OR (status NOT IN (${states}) AND updated_at < ?)`,
          )
          .all(...finalStates, finished, ...finalStates, open) as { id: string }[];
        for (const { id } of rows) {
          this.statements.erase.run(id);
          this.writeAudit(audit, 'purge', id);
        }
        return rows;
      })
      .immediate();
    if (ids.length > 0) this.checkpoint();
    return ids.length;
  }

  async count(): Promise<number> {
    this.assertOpen();
    return (this.statements.count.get() as { n: number }).n;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  async ready(): Promise<void> {
    this.assertOpen();
    this.statements.ready.run(new Date().toISOString());
  }

  async addUser(user: NewStaffUser, audit?: AuditStamp): Promise<'added' | 'exists'> {
    this.assertOpen();
    return this.db
      .transaction((): 'added' | 'exists' => {
        if (this.statements.activeUser.get(user.email.toLowerCase())) return 'exists';
        this.statements.insertUser.run(
          user.id,
          user.name,
          user.email.toLowerCase(),
          user.role,
          user.provider,
          user.tokenHash,
          user.createdAt,
        );
        this.writeAudit(audit, 'user-add', null);
        return 'added';
      })
      .immediate();
  }

  async listUsers(): Promise<StaffUser[]> {
    this.assertOpen();
    return (this.statements.users.all() as UserRow[]).map(toUser);
  }

  async revokeUser(email: string, audit: AuditStamp): Promise<boolean> {
    this.assertOpen();
    return this.db
      .transaction(() => {
        const done = this.statements.revokeUser.run(audit.at, email.trim().toLowerCase()).changes > 0;
        if (done) this.writeAudit(audit, 'user-revoke', null);
        return done;
      })
      .immediate();
  }

  async userByTokenHash(tokenHash: string): Promise<StaffUser | undefined> {
    this.assertOpen();
    const row = this.statements.userByToken.get(tokenHash) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    this.assertOpen();
    this.db.transaction(() => {
      for (const e of entries) this.statements.audit.run(e.at, e.actor, e.action, e.requestId, e.clientAddress);
    })();
  }

  async listAudit(query: AuditQuery): Promise<AuditPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const before = seqBefore(query.cursor);
    const byRequest = query.requestId === undefined ? '' : 'AND request_id = ?';
    const params: unknown[] = [before];
    if (query.requestId !== undefined) params.push(query.requestId.toLowerCase());
    const rows = this.db
      .prepare(`SELECT * FROM intake_audit WHERE seq < ? ${byRequest} ORDER BY seq DESC LIMIT ?`)
      .all(...params, limit + 1) as (AuditColumns & { seq: number; at: string })[];
    const { n: total } = this.db
      .prepare(`SELECT count(*) AS n FROM intake_audit WHERE 1 = 1 ${byRequest}`)
      .get(...params.slice(1)) as { n: number };
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => auditFromRow(row, row.at)),
      total,
      next: rows.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  async purgeAudit(before: string): Promise<number> {
    this.assertOpen();
    return this.db.prepare('DELETE FROM intake_audit WHERE at < ?').run(new Date(before).toISOString()).changes;
  }

  async claimOutbox(limit: number, leaseMs: number, now: string): Promise<OutboxJob[]> {
    this.assertOpen();
    const until = new Date(Date.parse(now) + leaseMs).toISOString();
    return this.db
      .transaction(() => {
        const rows = this.statements.due.all(new Date(now).toISOString(), limit) as {
          id: string;
          request_id: string;
          kind: OutboxKind;
          attempts: number;
        }[];
        return rows.map((row) => {
          this.statements.lease.run(until, row.id);
          return { id: row.id, requestId: row.request_id, kind: row.kind, attempts: row.attempts + 1 };
        });
      })
      .immediate();
  }

  async settleOutbox(id: string, settlement: OutboxSettlement): Promise<void> {
    this.assertOpen();
    const status = settlement.kind === 'retry' ? 'pending' : settlement.kind;
    this.statements.settle.run(
      status,
      settlement.kind === 'retry' ? settlement.nextAttemptAt : null,
      settlement.kind === 'delivered' ? null : settlement.error,
      status,
      settlement.at,
      id,
    );
  }

  async outboxCounts(): Promise<OutboxCounts> {
    this.assertOpen();
    const counts: OutboxCounts = { pending: 0, delivered: 0, dead: 0 };
    for (const row of this.statements.outboxCounts.all() as { status: keyof OutboxCounts; n: number }[]) {
      counts[row.status] = row.n;
    }
    return counts;
  }

  async purgeOutbox(before: string): Promise<number> {
    this.assertOpen();
    return this.statements.purgeOutbox.run(new Date(before).toISOString()).changes;
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
