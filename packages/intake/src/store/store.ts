import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { canTransition, type TrajectoryState } from '@npo-gemeenten/core';
import { clampLimit, encodeCursor, finalStates, formatReference, isUuid, municipalitySortKey, parseReference, seqBefore } from './common.js';
import { inTransaction, type StoreDialect } from './dialect.js';
import { assertStorable } from './errors.js';
import { GroupCommitter, type BatchItemResult } from './group-commit.js';
import { filterExpression, pagePlan } from './query.js';
import { requestStats } from './stats.js';
import { iso, seqOf, toAudit, toEvent, toNote, toRecord, toUser } from './rows.js';
import type { SupportRequestsTable, Tables } from './schema.js';
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
  NewSession,
  NewStaffUser,
  NewSupportRequestRecord,
  OutboxCounts,
  OutboxJob,
  OutboxKind,
  OutboxSettlement,
  PurgeCutoffs,
  RequestFilter,
  RequestStats,
  StaffUser,
  StoredNote,
  StoredSession,
  StoredSupportRequest,
  StoredTrajectoryEvent,
  TransitionCommand,
  TransitionOutcome,
} from './types.js';

type Db = Kysely<Tables>;

// Rows per multi-row INSERT, well below both databases' limits on bound parameters.
const insertChunk = 500;

async function writeAudit(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += insertChunk) {
    await db
      .insertInto('intake_audit')
      .values(
        entries.slice(i, i + insertChunk).map((e) => ({
          at: e.at,
          actor: e.actor,
          action: e.action,
          request_id: e.requestId,
          client_address: e.clientAddress,
        })),
      )
      .execute();
  }
}

function stamped(stamp: AuditStamp | undefined, action: AuditEntry['action'], ...requestIds: (string | null)[]): AuditEntry[] {
  return stamp ? requestIds.map((requestId) => ({ ...stamp, action, requestId })) : [];
}

type RequestInsert = Insertable<SupportRequestsTable>;

/**
 * The insert of a new request, the one statement every stored request runs: its SQL depends only on
 * the dialect, so it is built and compiled once per store and then run with each request's values.
 */
class RequestInsertStatement {
  private text: string | undefined;

  private build(db: Db, row: RequestInsert) {
    return db
      .insertInto('support_requests')
      .values(row)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('seq');
  }

  async run(db: Db, row: RequestInsert): Promise<{ seq: number | string } | undefined> {
    const values = Object.values(row);
    if (this.text === undefined) {
      const compiled = this.build(db, row).compile();
      // Reused only when its parameters are the row's values in their order, as checked here once.
      if (compiled.parameters.length === values.length && compiled.parameters.every((p, i) => p === values[i])) {
        this.text = compiled.sql;
      }
      return (await db.executeQuery(compiled)).rows[0];
    }
    return (await db.executeQuery(CompiledQuery.raw(this.text, values))).rows[0] as { seq: number | string } | undefined;
  }
}

async function insertOne(db: Db, statement: RequestInsertStatement, item: NewSupportRequestRecord): Promise<InsertOutcome> {
  const check = item.eligibilityCheck;
  const inserted = await statement.run(db, {
    id: item.id,
    idempotency_key: item.idempotencyKey,
    body_hash: item.bodyHash,
    status: 'submitted',
    received_at: item.receivedAt,
    updated_at: item.receivedAt,
    municipality_code: item.request.municipality.code,
    request_json: JSON.stringify(item.request),
    eligibility_flagged: check.flagged ? 1 : 0,
    eligibility_check_json: JSON.stringify(check),
    contact_email: item.request.contact.email.toLowerCase(),
    municipality_sort: municipalitySortKey(item.request.municipality.name),
    outcome: check.serverDecision?.outcome ?? item.request.eligibility.outcome,
  });
  if (inserted) {
    const kinds = item.outbox ?? [];
    if (kinds.length > 0) {
      await db
        .insertInto('intake_outbox')
        .values(
          kinds.map((kind) => ({
            id: randomUUID(),
            request_id: item.id,
            kind,
            status: 'pending',
            attempts: 0,
            next_attempt_at: item.receivedAt,
            created_at: item.receivedAt,
          })),
        )
        .execute();
    }
    // New row: the record is what was written, so it is not read back.
    return {
      created: true,
      record: {
        id: item.id,
        reference: formatReference(item.receivedAt, seqOf(inserted)),
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
  // The key exists (possibly committed by another process a moment ago): return that row.
  const existing = await db
    .selectFrom('support_requests')
    .selectAll()
    .where('idempotency_key', '=', item.idempotencyKey)
    .executeTakeFirst();
  if (!existing) throw new Error('conflicting row not found');
  return { created: false, record: toRecord(existing) };
}

/** The one store over both databases; `dialect` holds the few parts where they differ. */
export class Store implements IntakeStore {
  readonly dialect: 'sqlite' | 'postgres';
  private closed = false;
  private readonly db: Db;
  private readonly committer: GroupCommitter<NewSupportRequestRecord, InsertOutcome>;
  private readonly insertStatement = new RequestInsertStatement();

  constructor(
    private readonly sqlDialect: StoreDialect,
    groupCommit: GroupCommitOptions,
  ) {
    this.dialect = sqlDialect.name;
    this.db = sqlDialect.db;
    this.committer = new GroupCommitter(
      (items) => this.commitBatch(items),
      groupCommit.maxBatch ?? 128,
      groupCommit.maxDelayMs ?? 2,
    );
  }

  private write<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return inTransaction(this.sqlDialect, work);
  }

  private async commitBatch(items: NewSupportRequestRecord[]): Promise<BatchItemResult<InsertOutcome>[]> {
    try {
      return await this.write(async (db) => {
        const results: BatchItemResult<InsertOutcome>[] = [];
        for (const item of items) results.push({ ok: true, value: await insertOne(db, this.insertStatement, item) });
        return results;
      });
    } catch (error) {
      if (items.length === 1) return [{ ok: false, error }];
      // One bad item fails the whole transaction; retry one by one so only that item fails.
      const results: BatchItemResult<InsertOutcome>[] = [];
      for (const item of items) {
        try {
          results.push({ ok: true, value: await this.write((db) => insertOne(db, this.insertStatement, item)) });
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
    const query = this.db.selectFrom('support_requests').selectAll();
    let row;
    if (reference) row = await query.where('seq', '=', reference.seq).executeTakeFirst();
    else if (isUuid(idOrReference)) row = await query.where('id', '=', idOrReference.toLowerCase()).executeTakeFirst();
    if (!row) return undefined;
    const record = toRecord(row);
    if (reference && !record.receivedAt.startsWith(reference.year)) return undefined;
    return record;
  }

  async history(id: string): Promise<StoredTrajectoryEvent[]> {
    this.assertOpen();
    if (!isUuid(id)) return [];
    const rows = await this.db
      .selectFrom('support_request_events')
      .select(['from_status', 'to_status', 'at', 'actor', 'note'])
      .where('request_id', '=', id.toLowerCase())
      .orderBy('seq')
      .execute();
    return rows.map(toEvent);
  }

  async list(query: ListQuery): Promise<ListPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const page = pagePlan(query.sort ?? 'received-desc', query.cursor);
    let select = this.db
      .selectFrom('support_requests')
      .selectAll()
      .where((eb) => eb.and([filterExpression(eb, query), page.after(eb)]));
    for (const { column, direction } of page.order) select = select.orderBy(column, direction);
    const [rows, count] = await Promise.all([
      select.limit(limit + 1).execute(),
      this.db
        .selectFrom('support_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .where((eb) => filterExpression(eb, query))
        .executeTakeFirstOrThrow(),
    ]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toRecord),
      total: Number(count.n),
      next:
        rows.length > limit && last ? page.next({ seq: seqOf(last), municipality_sort: last.municipality_sort }) : null,
    };
  }

  async *iterate(filter: RequestFilter = {}): AsyncIterable<StoredSupportRequest> {
    let after = 0;
    for (;;) {
      this.assertOpen();
      const rows = await this.db
        .selectFrom('support_requests')
        .selectAll()
        .where((eb) => eb.and([filterExpression(eb, filter), eb('seq', '>', after)]))
        .orderBy('seq')
        .limit(insertChunk)
        .execute();
      for (const row of rows) yield toRecord(row);
      const last = rows.at(-1);
      if (!last || rows.length < insertChunk) return;
      after = seqOf(last);
    }
  }

  async transition(id: string, command: TransitionCommand, audit?: AuditStamp): Promise<TransitionOutcome> {
    this.assertOpen();
    if (!isUuid(id)) return { kind: 'not-found' };
    const key = id.toLowerCase();
    return this.write(async (db): Promise<TransitionOutcome> => {
      // FOR UPDATE on PostgreSQL: two simultaneous moves of one request are checked one after the other.
      const current = await db
        .selectFrom('support_requests')
        .select('status')
        .where('id', '=', key)
        .$if(this.sqlDialect.rowLocks, (q) => q.forUpdate())
        .executeTakeFirst();
      if (!current) return { kind: 'not-found' };
      const from = current.status as TrajectoryState;
      if (!canTransition(from, command.to)) return { kind: 'illegal', from };
      const updated = await db
        .updateTable('support_requests')
        .set({ status: command.to, updated_at: command.at })
        .where('id', '=', key)
        .returningAll()
        .executeTakeFirstOrThrow();
      await db
        .insertInto('support_request_events')
        .values({ request_id: key, from_status: from, to_status: command.to, at: command.at, actor: command.actor, note: command.note ?? null })
        .execute();
      await writeAudit(db, stamped(audit, 'move', key));
      const event: StoredTrajectoryEvent = { from, to: command.to, at: command.at, actor: command.actor };
      if (command.note !== undefined) event.note = command.note;
      return { kind: 'moved', record: toRecord(updated), event };
    });
  }

  async assign(id: string, command: AssignmentCommand, audit?: AuditStamp): Promise<StoredSupportRequest | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    const key = id.toLowerCase();
    return this.write(async (db) => {
      const row = await db
        .updateTable('support_requests')
        .set({ provider: command.provider, adviser_email: command.adviserEmail?.toLowerCase() ?? null })
        .where('id', '=', key)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      await writeAudit(db, stamped(audit, 'assign', key));
      return toRecord(row);
    });
  }

  async addNote(id: string, note: StoredNote, audit?: AuditStamp): Promise<StoredNote | undefined> {
    this.assertOpen();
    if (!isUuid(id)) return undefined;
    const key = id.toLowerCase();
    return this.write(async (db) => {
      const exists = await db.selectFrom('support_requests').select('id').where('id', '=', key).executeTakeFirst();
      if (!exists) return undefined;
      await db
        .insertInto('support_request_notes')
        .values({ request_id: key, at: note.at, author: note.author, text: note.text })
        .execute();
      await writeAudit(db, stamped(audit, 'note', key));
      return { ...note };
    });
  }

  async notes(id: string): Promise<StoredNote[]> {
    this.assertOpen();
    if (!isUuid(id)) return [];
    const rows = await this.db
      .selectFrom('support_request_notes')
      .select(['at', 'author', 'text'])
      .where('request_id', '=', id.toLowerCase())
      .orderBy('seq')
      .execute();
    return rows.map(toNote);
  }

  async findBySubject(email: string): Promise<StoredSupportRequest[]> {
    this.assertOpen();
    const rows = await this.db
      .selectFrom('support_requests')
      .selectAll()
      .where('contact_email', '=', email.trim().toLowerCase())
      .orderBy('seq')
      .execute();
    return rows.map(toRecord);
  }

  async erase(id: string, audit?: AuditStamp): Promise<boolean> {
    this.assertOpen();
    if (!isUuid(id)) return false;
    const key = id.toLowerCase();
    // History, notes and outbox messages go with it through ON DELETE CASCADE.
    const erased = await this.write(async (db) => {
      const result = await db.deleteFrom('support_requests').where('id', '=', key).executeTakeFirst();
      if (result.numDeletedRows !== 1n) return false;
      await writeAudit(db, stamped(audit, 'erase', key));
      return true;
    });
    if (erased) await this.sqlDialect.afterErase(this.db);
    return erased;
  }

  async purge(cutoffs: PurgeCutoffs, audit?: AuditStamp): Promise<number> {
    this.assertOpen();
    const finished = new Date(cutoffs.finishedBefore).toISOString();
    const open = new Date(cutoffs.openBefore).toISOString();
    const final = [...finalStates];
    const erased = await this.write(async (db) => {
      const rows = await db
        .deleteFrom('support_requests')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', 'in', final), eb('updated_at', '<', finished)]),
            eb.and([eb('status', 'not in', final), eb('updated_at', '<', open)]),
          ]),
        )
        .returning('id')
        .execute();
      await writeAudit(db, stamped(audit, 'purge', ...rows.map((row) => row.id)));
      return rows.length;
    });
    if (erased > 0) await this.sqlDialect.afterErase(this.db);
    return erased;
  }

  async count(): Promise<number> {
    this.assertOpen();
    const row = await this.db
      .selectFrom('support_requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  }

  async ready(): Promise<void> {
    this.assertOpen();
    await this.db
      .insertInto('intake_readiness')
      .values({ id: 1, checked_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ checked_at: eb.ref('excluded.checked_at') })))
      .execute();
  }

  async addUser(user: NewStaffUser, audit?: AuditStamp): Promise<'added' | 'exists'> {
    this.assertOpen();
    return this.write(async (db) => {
      const inserted = await db
        .insertInto('intake_users')
        .values({
          id: user.id,
          name: user.name,
          email: user.email.toLowerCase(),
          role: user.role,
          provider: user.provider,
          token_hash: user.tokenHash,
          created_at: user.createdAt,
        })
        // The unique index holds active accounts only; a revoked one keeps its address.
        .onConflict((oc) => oc.column('email').where('revoked_at', 'is', null).doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows !== 1n) return 'exists';
      await writeAudit(db, stamped(audit, 'user-add', null));
      return 'added';
    });
  }

  async listUsers(): Promise<StaffUser[]> {
    this.assertOpen();
    const rows = await this.db.selectFrom('intake_users').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toUser);
  }

  async revokeUser(email: string, audit: AuditStamp): Promise<boolean> {
    this.assertOpen();
    return this.write(async (db) => {
      const result = await db
        .updateTable('intake_users')
        .set({ revoked_at: audit.at })
        .where('email', '=', email.trim().toLowerCase())
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      await db
        .deleteFrom('intake_sessions')
        .where('user_id', 'in', (eb) =>
          eb.selectFrom('intake_users').select('id').where('email', '=', email.trim().toLowerCase()),
        )
        .execute();
      await writeAudit(db, stamped(audit, 'user-revoke', null));
      return true;
    });
  }

  async userByTokenHash(tokenHash: string): Promise<StaffUser | undefined> {
    this.assertOpen();
    const row = await this.db
      .selectFrom('intake_users')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async createSession(session: NewSession): Promise<void> {
    this.assertOpen();
    await this.db
      .insertInto('intake_sessions')
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        created_at: session.createdAt,
        last_seen_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async session(idHash: string): Promise<StoredSession | undefined> {
    this.assertOpen();
    const row = await this.db
      .selectFrom('intake_sessions as s')
      .leftJoin('intake_users as u', 'u.id', 's.user_id')
      .select(['s.user_id', 's.created_at as session_created_at', 's.last_seen_at', 's.expires_at'])
      .select(['u.id', 'u.name', 'u.email', 'u.role', 'u.provider', 'u.token_hash', 'u.created_at', 'u.revoked_at'])
      .where('s.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    let user: StaffUser | null = null;
    if (row.user_id !== null) {
      // A revoked account's sessions are deleted with it; this also covers one revoked meanwhile.
      if (row.id === null || row.revoked_at !== null) return undefined;
      user = toUser({ ...row, id: row.id } as Parameters<typeof toUser>[0]);
    }
    return {
      user,
      createdAt: iso(row.session_created_at),
      lastSeenAt: iso(row.last_seen_at),
      expiresAt: iso(row.expires_at),
    };
  }

  async touchSession(idHash: string, at: string): Promise<void> {
    this.assertOpen();
    await this.db.updateTable('intake_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async deleteSession(idHash: string): Promise<boolean> {
    this.assertOpen();
    const result = await this.db.deleteFrom('intake_sessions').where('id_hash', '=', idHash).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async purgeSessions(idleBefore: string, now: string): Promise<number> {
    this.assertOpen();
    const result = await this.db
      .deleteFrom('intake_sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('expires_at', '<=', now)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async stats(filter: RequestFilter): Promise<RequestStats> {
    this.assertOpen();
    return requestStats(this.db, this.sqlDialect, filter);
  }

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    this.assertOpen();
    if (entries.length === 0) return;
    await this.write((db) => writeAudit(db, entries));
  }

  async listAudit(query: AuditQuery): Promise<AuditPage> {
    this.assertOpen();
    const limit = clampLimit(query.limit);
    const before = seqBefore(query.cursor);
    if (query.requestId !== undefined && !isUuid(query.requestId)) return { items: [], total: 0, next: null };
    const requestId = query.requestId?.toLowerCase();
    const [rows, count] = await Promise.all([
      this.db
        .selectFrom('intake_audit')
        .selectAll()
        .where('seq', '<', before)
        .$if(requestId !== undefined, (q) => q.where('request_id', '=', requestId as string))
        .orderBy('seq', 'desc')
        .limit(limit + 1)
        .execute(),
      this.db
        .selectFrom('intake_audit')
        .select((eb) => eb.fn.countAll().as('n'))
        .$if(requestId !== undefined, (q) => q.where('request_id', '=', requestId as string))
        .executeTakeFirstOrThrow(),
    ]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toAudit),
      total: Number(count.n),
      next: rows.length > limit && last ? encodeCursor(seqOf(last)) : null,
    };
  }

  async purgeAudit(before: string): Promise<number> {
    this.assertOpen();
    const result = await this.db
      .deleteFrom('intake_audit')
      .where('at', '<', new Date(before).toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async claimOutbox(limit: number, leaseMs: number, now: string): Promise<OutboxJob[]> {
    this.assertOpen();
    const until = new Date(Date.parse(now) + leaseMs).toISOString();
    return this.write(async (db) => {
      // SKIP LOCKED: workers of several processes each take other rows instead of waiting for one another.
      const due = await db
        .selectFrom('intake_outbox')
        .select(['id', 'request_id', 'kind', 'attempts'])
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', new Date(now).toISOString())
        .orderBy('next_attempt_at')
        .orderBy('seq')
        .limit(limit)
        .$if(this.sqlDialect.rowLocks, (q) => q.forUpdate().skipLocked())
        .execute();
      if (due.length === 0) return [];
      await db
        .updateTable('intake_outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: until }))
        .where(
          'id',
          'in',
          due.map((row) => row.id),
        )
        .execute();
      return due.map((row) => ({
        id: row.id,
        requestId: row.request_id,
        kind: row.kind as OutboxKind,
        attempts: row.attempts + 1,
      }));
    });
  }

  async settleOutbox(id: string, settlement: OutboxSettlement): Promise<void> {
    this.assertOpen();
    const status = settlement.kind === 'retry' ? 'pending' : settlement.kind;
    await this.db
      .updateTable('intake_outbox')
      .set({
        status,
        last_error: settlement.kind === 'delivered' ? null : settlement.error,
        settled_at: settlement.kind === 'retry' ? null : settlement.at,
        ...(settlement.kind === 'retry' ? { next_attempt_at: settlement.nextAttemptAt } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }

  async outboxCounts(): Promise<OutboxCounts> {
    this.assertOpen();
    const counts: OutboxCounts = { pending: 0, delivered: 0, dead: 0 };
    const rows = await this.db
      .selectFrom('intake_outbox')
      .select((eb) => ['status', eb.fn.countAll().as('n')])
      .groupBy('status')
      .execute();
    for (const row of rows) counts[row.status as keyof OutboxCounts] = Number(row.n);
    return counts;
  }

  async purgeOutbox(before: string): Promise<number> {
    this.assertOpen();
    const result = await this.db
      .deleteFrom('intake_outbox')
      .where('status', 'in', ['delivered', 'dead'])
      .where('settled_at', '<', new Date(before).toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async migrations(): Promise<number[]> {
    this.assertOpen();
    const rows = await this.db.selectFrom('intake_migrations').select('version').orderBy('version').execute();
    return rows.map((row) => row.version);
  }

  async close(): Promise<void> {
    if (this.closed) throw new Error('store is closed');
    await this.committer.close();
    this.closed = true;
    await this.db.destroy();
  }
}
