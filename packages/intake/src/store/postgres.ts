import pg from 'pg';
import { canTransition, type TrajectoryState } from '@npo-gemeenten/core';
import { GroupCommitter, type BatchItemResult } from './group-commit.js';
import { postgresMigrations } from './migrations/postgres.js';
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
    municipality_code, request_json, eligibility_flagged, eligibility_check_json)
  VALUES ($1, $2, $3, 'submitted', $4, $4, $5, $6, $7, $8)
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
  ]);
  const row = inserted.rows[0];
  if (row) return { created: true, record: toRecord(row) };
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
    let before = Number.MAX_SAFE_INTEGER;
    if (query.cursor !== undefined) {
      const seq = decodeCursor(query.cursor);
      if (seq === undefined) throw new InvalidCursorError();
      before = seq;
    }
    const status = query.status ?? null;
    const [page, count] = await Promise.all([
      this.pool.query<RequestRow>(
        'SELECT * FROM support_requests WHERE seq < $1 AND ($2::text IS NULL OR status = $2) ORDER BY seq DESC LIMIT $3',
        [before, status, limit + 1],
      ),
      this.pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM support_requests WHERE ($1::text IS NULL OR status = $1)',
        [status],
      ),
    ]);
    const rows = page.rows.slice(0, limit);
    const last = rows.at(-1);
    return {
      items: rows.map(toRecord),
      total: Number(count.rows[0]?.n ?? 0),
      next: page.rows.length > limit && last ? encodeCursor(Number(last.seq)) : null,
    };
  }

  async *iterate(filter?: { status?: TrajectoryState }): AsyncIterable<StoredSupportRequest> {
    let after = 0;
    const status = filter?.status ?? null;
    for (;;) {
      this.assertOpen();
      const { rows } = await this.pool.query<RequestRow>(
        'SELECT * FROM support_requests WHERE seq > $1 AND ($2::text IS NULL OR status = $2) ORDER BY seq LIMIT 500',
        [after, status],
      );
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < 500) return;
      after = Number(last.seq);
    }
  }

  async transition(id: string, command: TransitionCommand): Promise<TransitionOutcome> {
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
      const event: StoredTrajectoryEvent = { from, to: command.to, at: command.at, actor: command.actor };
      if (command.note !== undefined) event.note = command.note;
      return { kind: 'moved', record: toRecord(updated.rows[0] as RequestRow), event };
    });
  }

  async erase(id: string): Promise<boolean> {
    this.assertOpen();
    if (!isUuid(id)) return false;
    const result = await this.pool.query('DELETE FROM support_requests WHERE id = $1', [id]);
    return result.rowCount === 1;
  }

  async purgeFinished(updatedBefore: string): Promise<number> {
    this.assertOpen();
    const result = await this.pool.query(
      'DELETE FROM support_requests WHERE status = ANY($1::text[]) AND updated_at < $2',
      [finalStates, new Date(updatedBefore).toISOString()],
    );
    return result.rowCount ?? 0;
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
