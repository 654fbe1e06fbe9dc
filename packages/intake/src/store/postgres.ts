import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { canTransition, type TrajectoryState } from '@npo-gemeenten/core';
import { GroupCommitter, type BatchItemResult } from './group-commit.js';
import { postgresMigrations } from './migrations/postgres.js';
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
  numbered,
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

interface RequestRow {
  seq: string;
  id: string;
  idempotency_key: string;
  body_hash: string;
  status: string;
  received_at: Date;
  updated_at: Date;
  request_json: StoredSupportRequest['request'];
  eligibility_check_json: StoredSupportRequest['eligibilityCheck'];
  provider: string | null;
  adviser_email: string | null;
  municipality_sort: string;
}

interface UserRow extends UserColumns {
  created_at: Date;
  revoked_at: Date | null;
}

function toUser(row: UserRow): StaffUser {
  return userFromRow(row, row.created_at.toISOString(), row.revoked_at?.toISOString() ?? null);
}

type Queryable = pg.Pool | pg.PoolClient;

async function writeAudit(
  db: Queryable,
  stamp: AuditStamp | undefined,
  action: AuditEntry['action'],
  requestId: string | null,
): Promise<void> {
  if (!stamp) return;
  await db.query('INSERT INTO intake_audit (at, actor, action, request_id, client_address) VALUES ($1, $2, $3, $4, $5)', [
    stamp.at,
    stamp.actor,
    action,
    requestId,
    stamp.clientAddress,
  ]);
}

interface EventRow extends EventColumns {
  at: Date;
}

// Arbitrary constant that serialises migrations between processes sharing one database.
const migrationLockKey = 7_401_220_011;

function toRecord(row: RequestRow): StoredSupportRequest {
  const receivedAt = row.received_at.toISOString();
  return {
    id: row.id,
    reference: formatReference(receivedAt, Number(row.seq)),
    idempotencyKey: row.idempotency_key,
    bodyHash: row.body_hash,
    status: row.status as TrajectoryState,
    receivedAt,
    updatedAt: row.updated_at.toISOString(),
    request: row.request_json,
    clientDecision: row.request_json.eligibility,
    eligibilityCheck: row.eligibility_check_json,
    provider: row.provider,
    adviserEmail: row.adviser_email,
  };
}

function toEvent(row: EventRow): StoredTrajectoryEvent {
  return eventFromRow(row, row.at.toISOString());
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS intake_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM intake_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const migration of postgresMigrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO intake_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        migration.version,
        migration.name,
      ]);
    }
  });
}

const insertSql = `INSERT INTO support_requests (id, idempotency_key, body_hash, status, received_at, updated_at,
    municipality_code, request_json, eligibility_flagged, eligibility_check_json,
    contact_email, municipality_sort, outcome)
  VALUES ($1, $2, $3, 'submitted', $4, $4, $5, $6, $7, $8, $9, $10, $11)
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING *`;

async function insertOne(client: pg.PoolClient, item: NewSupportRequestRecord): Promise<InsertOutcome> {
  const inserted = await client.query<RequestRow>(insertSql, [
    item.id,
    item.idempotencyKey,
    item.bodyHash,
    item.receivedAt,
    item.request.municipality.code,
    JSON.stringify(item.request),
    item.eligibilityCheck.flagged,
    JSON.stringify(item.eligibilityCheck),
    item.request.contact.email.toLowerCase(),
    municipalitySortKey(item.request.municipality.name),
    item.eligibilityCheck.serverDecision?.outcome ?? item.request.eligibility.outcome,
  ]);
  const row = inserted.rows[0];
  if (row) {
    const kinds = item.outbox ?? [];
    if (kinds.length > 0) {
      await client.query(
        `INSERT INTO intake_outbox (id, request_id, kind, status, attempts, next_attempt_at, created_at)
         SELECT id, $2, kind, 'pending', 0, $3, $3 FROM unnest($1::uuid[], $4::text[]) AS q (id, kind)`,
        [kinds.map(() => randomUUID()), item.id, item.receivedAt, kinds],
      );
    }
    return { created: true, record: toRecord(row) };
  }
  // The key exists (possibly committed by another process a moment ago): return that row.
  const existing = await client.query<RequestRow>('SELECT * FROM support_requests WHERE idempotency_key = $1', [
    item.idempotencyKey,
  ]);
  const found = existing.rows[0];
  if (!found) throw new Error('conflicting row not found');
  return { created: false, record: toRecord(found) };
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
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool, options.groupCommit ?? {});
}

class PostgresStore implements IntakeStore {
  readonly dialect = 'postgres' as const;
  private closed = false;
  private readonly committer: GroupCommitter<NewSupportRequestRecord, InsertOutcome>;

  constructor(
    private readonly pool: pg.Pool,
    groupCommit: GroupCommitOptions,
  ) {
    this.committer = new GroupCommitter(
      (items) => this.commitBatch(items),
      groupCommit.maxBatch ?? 128,
      groupCommit.maxDelayMs ?? 2,
    );
  }

  private async commitBatch(items: NewSupportRequestRecord[]): Promise<BatchItemResult<InsertOutcome>[]> {
    try {
      return await inTransaction(this.pool, async (client) => {
        const results: BatchItemResult<InsertOutcome>[] = [];
        for (const item of items) results.push({ ok: true, value: await insertOne(client, item) });
        return results;
      });
    } catch (error) {
      if (items.length === 1) return [{ ok: false, error }];
      // One bad item aborts a PostgreSQL transaction; retry one by one so only that item fails.
      const results: BatchItemResult<InsertOutcome>[] = [];
      for (const item of items) {
        try {
          results.push({ ok: true, value: await inTransaction(this.pool, (client) => insertOne(client, item)) });
        } catch (itemError) {
          results.push({ ok: false, error: itemError });
        }
      }
      return results;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
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
    const reference = parseReference(idOrReference);
    let rows: RequestRow[] = [];
    if (reference) {
      rows = (await this.pool.query<RequestRow>('SELECT * FROM support_requests WHERE seq = $1', [reference.seq]))
        .rows;
    } else if (isUuid(idOrReference)) {
      rows = (await this.pool.query<RequestRow>('SELECT * FROM support_requests WHERE id = $1', [idOrReference]))
        .rows;
    }
    const row = rows[0];
    if (!row) return undefined;
    const record = toRecord(row);
    if (reference && !record.receivedAt.startsWith(reference.year)) return undefined;
    return record;
  }

  async history(id: string): Promise<StoredTrajectoryEvent[]> {
    this.assertOpen();
    if (!isUuid(id)) return [];
    const { rows } = await this.pool.query<EventRow>(
      'SELECT from_status, to_status, at, actor, note FROM support_request_events WHERE request_id = $1 ORDER BY seq',
      [id],
    );
    return rows.map(toEvent);
  }

  async list(query: ListQuery): Promise<ListPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const filter = filterSql(query);
    const page = pageSql(query.sort ?? 'received-desc', query.cursor);
    const [rows, count] = await Promise.all([
      this.pool.query<RequestRow>(
        numbered(
          `SELECT * FROM support_requests WHERE ${filter.text} AND ${page.where.text} ORDER BY ${page.orderBy} LIMIT ?`,
        ),
        [...filter.params, ...page.where.params, limit + 1],
      ),
      this.pool.query<{ n: string }>(numbered(`SELECT count(*) AS n FROM support_requests WHERE ${filter.text}`), filter.params),
    ]);
    const items = rows.rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toRecord),
      total: Number(count.rows[0]?.n ?? 0),
      next:
        rows.rows.length > limit && last
          ? page.next({ seq: Number(last.seq), municipality_sort: last.municipality_sort })
          : null,
    };
  }

  async *iterate(filter: RequestFilter = {}): AsyncIterable<StoredSupportRequest> {
    let after = 0;
    const where = filterSql(filter);
    const sql = numbered(`SELECT * FROM support_requests WHERE ${where.text} AND seq > ? ORDER BY seq LIMIT 500`);
    for (;;) {
      this.assertOpen();
      const { rows } = await this.pool.query<RequestRow>(sql, [...where.params, after]);
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < 500) return;
      after = Number(last.seq);
    }
  }

  async transition(id: string, command: TransitionCommand, audit?: AuditStamp): Promise<TransitionOutcome> {
    this.assertOpen();
    if (!isUuid(id)) return { kind: 'not-found' };
    return inTransaction(this.pool, async (client): Promise<TransitionOutcome> => {
      // FOR UPDATE: two simultaneous moves of one request are checked one after the other.
      const current = await client.query<{ status: string }>(
        'SELECT status FROM support_requests WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = current.rows[0];
      if (!row) return { kind: 'not-found' };
      const from = row.status as TrajectoryState;
      if (!canTransition(from, command.to)) return { kind: 'illegal', from };
      const updated = await client.query<RequestRow>(
        'UPDATE support_requests SET status = $1, updated_at = $2 WHERE id = $3 RETURNING *',
        [command.to, command.at, id],
      );
      await client.query(
        'INSERT INTO support_request_events (request_id, from_status, to_status, at, actor, note) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, from, command.to, command.at, command.actor, command.note ?? null],
      );
      await writeAudit(client, audit, 'move', id.toLowerCase());
      const event: StoredTrajectoryEvent = { from, to: command.to, at: command.at, actor: command.actor };
      if (command.note !== undefined) event.note = command.note;
      return { kind: 'moved', record: toRecord(updated.rows[0] as RequestRow), event };
    });
  }

  async assign(id: string, command: AssignmentCommand, audit?: AuditStamp): Promise<StoredSupportRequest | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    return inTransaction(this.pool, async (client) => {
      const updated = await client.query<RequestRow>(
        'UPDATE support_requests SET provider = $1, adviser_email = $2 WHERE id = $3 RETURNING *',
        [command.provider, command.adviserEmail?.toLowerCase() ?? null, id],
      );
      const row = updated.rows[0];
      if (!row) return undefined;
      await writeAudit(client, audit, 'assign', id.toLowerCase());
      return toRecord(row);
    });
  }

  async addNote(id: string, note: StoredNote, audit?: AuditStamp): Promise<StoredNote | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    return inTransaction(this.pool, async (client) => {
      const inserted = await client.query(
        `INSERT INTO support_request_notes (request_id, at, author, text)
         SELECT id, $2, $3, $4 FROM support_requests WHERE id = $1`,
        [id, note.at, note.author, note.text],
      );
      if (inserted.rowCount !== 1) return undefined;
      await writeAudit(client, audit, 'note', id.toLowerCase());
      return { ...note };
    });
  }

  async notes(id: string): Promise<StoredNote[]> {
    this.assertOpen();
    if (!isUuid(id)) return [];
    const { rows } = await this.pool.query<NoteColumns & { at: Date }>(
      'SELECT at, author, text FROM support_request_notes WHERE request_id = $1 ORDER BY seq',
      [id],
    );
    return rows.map((row) => noteFromRow(row, row.at.toISOString()));
  }

  async findBySubject(email: string): Promise<StoredSupportRequest[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<RequestRow>(
      'SELECT * FROM support_requests WHERE contact_email = $1 ORDER BY seq',
      [email.trim().toLowerCase()],
    );
    return rows.map(toRecord);
  }

  async erase(id: string, audit?: AuditStamp): Promise<boolean> {
    this.assertOpen();
    if (!isUuid(id)) return false;
    // History and notes go with it through ON DELETE CASCADE.
    return inTransaction(this.pool, async (client) => {
      const result = await client.query('DELETE FROM support_requests WHERE id = $1', [id]);
      if (result.rowCount !== 1) return false;
      await writeAudit(client, audit, 'erase', id.toLowerCase());
      return true;
    });
  }

  async purge(cutoffs: PurgeCutoffs, audit?: AuditStamp): Promise<number> {
    this.assertOpen();
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `DELETE FROM support_requests
         WHERE (status = ANY($1::text[]) AND updated_at < $2) OR (NOT status = ANY($1::text[]) AND updated_at < $3)
         RETURNING id`,
        [finalStates, new Date(cutoffs.finishedBefore).toISOString(), new Date(cutoffs.openBefore).toISOString()],
      );
      for (const { id } of rows) await writeAudit(client, audit, 'purge', id);
      return rows.length;
    });
  }

  async count(): Promise<number> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM support_requests');
    return Number(rows[0]?.n ?? 0);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.pool.query('SELECT 1');
  }

  async ready(): Promise<void> {
    this.assertOpen();
    await this.pool.query(
      'INSERT INTO intake_readiness (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
    );
  }

  async addUser(user: NewStaffUser, audit?: AuditStamp): Promise<'added' | 'exists'> {
    this.assertOpen();
    return inTransaction(this.pool, async (client) => {
      const inserted = await client.query(
        `INSERT INTO intake_users (id, name, email, role, provider, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (email) WHERE revoked_at IS NULL DO NOTHING`,
        [user.id, user.name, user.email.toLowerCase(), user.role, user.provider, user.tokenHash, user.createdAt],
      );
      if (inserted.rowCount !== 1) return 'exists';
      await writeAudit(client, audit, 'user-add', null);
      return 'added';
    });
  }

  async listUsers(): Promise<StaffUser[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM intake_users ORDER BY created_at, id');
    return rows.map(toUser);
  }

  async revokeUser(email: string, audit: AuditStamp): Promise<boolean> {
    this.assertOpen();
    return inTransaction(this.pool, async (client) => {
      const result = await client.query(
        'UPDATE intake_users SET revoked_at = $1 WHERE email = $2 AND revoked_at IS NULL',
        [audit.at, email.trim().toLowerCase()],
      );
      if ((result.rowCount ?? 0) === 0) return false;
      await writeAudit(client, audit, 'user-revoke', null);
      return true;
    });
  }

  async userByTokenHash(tokenHash: string): Promise<StaffUser | undefined> {
    this.assertOpen();
    const { rows } = await this.pool.query<UserRow>(
      'SELECT * FROM intake_users WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    this.assertOpen();
    if (entries.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const e of entries) await writeAudit(client, e, e.action, e.requestId);
    });
  }

  async listAudit(query: AuditQuery): Promise<AuditPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const before = seqBefore(query.cursor);
    if (query.requestId !== undefined && !isUuid(query.requestId)) return { items: [], total: 0, next: null };
    const requestId = query.requestId ?? null;
    const [{ rows }, count] = await Promise.all([
      this.pool.query<AuditColumns & { seq: string; at: Date }>(
        `SELECT * FROM intake_audit WHERE seq < $1 AND ($2::uuid IS NULL OR request_id = $2) ORDER BY seq DESC LIMIT $3`,
        [before, requestId, limit + 1],
      ),
      this.pool.query<{ n: string }>('SELECT count(*) AS n FROM intake_audit WHERE ($1::uuid IS NULL OR request_id = $1)', [
        requestId,
      ]),
    ]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => auditFromRow(row, row.at.toISOString())),
      total: Number(count.rows[0]?.n ?? 0),
      next: rows.length > limit && last ? encodeCursor(Number(last.seq)) : null,
    };
  }

  async purgeAudit(before: string): Promise<number> {
    this.assertOpen();
    const result = await this.pool.query('DELETE FROM intake_audit WHERE at < $1', [new Date(before).toISOString()]);
    return result.rowCount ?? 0;
  }

  async claimOutbox(limit: number, leaseMs: number, now: string): Promise<OutboxJob[]> {
    this.assertOpen();
    // SKIP LOCKED: workers of several processes each take other rows instead of waiting for one another.
    const { rows } = await this.pool.query<{ id: string; request_id: string; kind: OutboxKind; attempts: number }>(
      `UPDATE intake_outbox SET attempts = attempts + 1, next_attempt_at = $2::timestamptz + $3 * interval '1 millisecond'
       WHERE seq IN (
         SELECT seq FROM intake_outbox WHERE status = 'pending' AND next_attempt_at <= $2
         ORDER BY next_attempt_at, seq LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, request_id, kind, attempts`,
      [limit, now, leaseMs],
    );
    return rows.map((row) => ({ id: row.id, requestId: row.request_id, kind: row.kind, attempts: row.attempts }));
  }

  async settleOutbox(id: string, settlement: OutboxSettlement): Promise<void> {
    this.assertOpen();
    const status = settlement.kind === 'retry' ? 'pending' : settlement.kind;
    await this.pool.query(
      `UPDATE intake_outbox SET status = $1, next_attempt_at = coalesce($2, next_attempt_at), last_error = $3,
         settled_at = CASE WHEN $1 = 'pending' THEN NULL ELSE $4::timestamptz END
       WHERE id = $5 AND status = 'pending'`,
      [
        status,
        settlement.kind === 'retry' ? settlement.nextAttemptAt : null,
        settlement.kind === 'delivered' ? null : settlement.error,
        settlement.at,
        id,
      ],
    );
  }

  async outboxCounts(): Promise<OutboxCounts> {
    this.assertOpen();
    const counts: OutboxCounts = { pending: 0, delivered: 0, dead: 0 };
    const { rows } = await this.pool.query<{ status: keyof OutboxCounts; n: string }>(
      'SELECT status, count(*) AS n FROM intake_outbox GROUP BY status',
    );
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  async purgeOutbox(before: string): Promise<number> {
    this.assertOpen();
    const result = await this.pool.query(
      "DELETE FROM intake_outbox WHERE status IN ('delivered', 'dead') AND settled_at < $1",
      [new Date(before).toISOString()],
    );
    return result.rowCount ?? 0;
  }

  async migrations(): Promise<number[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<{ version: number }>(
      'SELECT version FROM intake_migrations ORDER BY version',
    );
    return rows.map((r) => r.version);
  }

  async close(): Promise<void> {
    if (this.closed) throw new Error('store is closed');
    await this.committer.close();
    this.closed = true;
    await this.pool.end();
  }
}
