import type { DecisionRecord, SupportRequest, TrajectoryState } from '@npo-gemeenten/core';
import type { EligibilityCheck } from '../eligibility-check.js';

/**
 * One move of a request through the trajectory, as stored in the history table.
 * @public
 */
export interface StoredTrajectoryEvent {
  /** State before the move. */
  from: TrajectoryState;
  /** State after the move. */
  to: TrajectoryState;
  /** ISO 8601 timestamp (UTC). */
  at: string;
  /** Who made the move (from the request body, default `admin`). */
  actor: string;
  /** Optional remark, up to 1000 characters. */
  note?: string;
}

/**
 * What the intake hands to a store for one accepted request.
 * @public
 */
export interface NewSupportRequestRecord {
  /** Server-generated UUID. */
  id: string;
  /** The client's Idempotency-Key (equal to `request.clientRequestId`); unique in the store. */
  idempotencyKey: string;
  /** SHA-256 of the canonical request body; tells an exact retry from a conflicting reuse of a key. */
  bodyHash: string;
  /** ISO 8601 timestamp (UTC). */
  receivedAt: string;
  /** The validated request (honeypot removed). */
  request: SupportRequest;
  /** The server's own eligibility decision beside the client's (`request.eligibility`). */
  eligibilityCheck: EligibilityCheck;
  /** Messages to queue in the outbox, in the same transaction, when the row is new. Default none. */
  outbox?: readonly OutboxKind[];
}

/**
 * What the outbox delivers about a new request: the coordinators' e-mail, the requester's receipt,
 * or the signed webhook.
 * @public
 */
export type OutboxKind = 'coordinator-mail' | 'receipt' | 'webhook';

/**
 * An outbox message claimed for delivery. Its row holds no requester data: the worker reads the
 * request when it delivers, so erasing the request erases the message too.
 * @public
 */
export interface OutboxJob {
  /** Delivery id (UUID), stable over retries; receivers use it to recognise a repeat. */
  id: string;
  /** The request the message is about. */
  requestId: string;
  /** What to deliver. */
  kind: OutboxKind;
  /** Delivery attempts including this one. */
  attempts: number;
}

/**
 * How one delivery attempt ended.
 * @public
 */
export type OutboxSettlement =
  | { kind: 'delivered'; at: string }
  | { kind: 'retry'; at: string; nextAttemptAt: string; error: string }
  | { kind: 'dead'; at: string; error: string };

/**
 * Number of outbox messages per state.
 * @public
 */
export interface OutboxCounts {
  pending: number;
  delivered: number;
  dead: number;
}

/**
 * A request as the store keeps it.
 * @public
 */
export interface StoredSupportRequest {
  /** Server-generated UUID. */
  id: string;
  /** Human reference such as `NPO-2026-000123` (year of receipt, UTC, and a store-wide sequence). */
  reference: string;
  /** The client's Idempotency-Key, lower case. */
  idempotencyKey: string;
  /** SHA-256 of the canonical request body. */
  bodyHash: string;
  /** Current trajectory state. */
  status: TrajectoryState;
  /** When the request was stored (ISO 8601, UTC). */
  receivedAt: string;
  /** When the status last changed (ISO 8601, UTC); equal to `receivedAt` until the first move. */
  updatedAt: string;
  /** The validated request. */
  request: SupportRequest;
  /** The decision the client sent (`request.eligibility`). */
  clientDecision: DecisionRecord;
  /** The server's own decision and how it compares with the client's. */
  eligibilityCheck: EligibilityCheck;
  /** Consortium member (provider id, e.g. `sardes`) the request is assigned to, or null. */
  provider: string | null;
  /** E-mail address of the adviser the request is assigned to, or null. */
  adviserEmail: string | null;
}

/**
 * Result of {@link IntakeStore.insert}: either a new row or the row that already holds the key.
 * @public
 */
export interface InsertOutcome {
  /** False when the key was already stored (a retry, or a conflicting reuse: compare `bodyHash`). */
  created: boolean;
  /** The stored row: the new one, or the one that already held the key. */
  record: StoredSupportRequest;
}

/**
 * Which requests a list, an export or a count covers. Every given condition must hold.
 * @public
 */
export interface RequestFilter {
  /** Only requests in this state. */
  status?: TrajectoryState;
  /** Only requests assigned to this provider id. */
  provider?: string;
  /** Only requests assigned to this adviser (e-mail address, any case). */
  adviser?: string;
  /** Only requests about one of these municipality codes (a municipality, or every one of a province). */
  municipalityCodes?: readonly string[];
  /** Only requests with this eligibility outcome (the server's, or the client's when the server had none). */
  outcome?: string;
  /** Only requests received at or after this instant (ISO 8601). */
  receivedFrom?: string;
  /** Only requests received before this instant (ISO 8601). */
  receivedBefore?: string;
  /** Only requests an adviser may see: assigned to their provider, or to them. */
  visibleTo?: { provider: string | null; adviserEmail: string };
}

/**
 * Order of a request list: by receipt (newest or oldest first) or by municipality name.
 * @public
 */
export type ListSort = 'received-desc' | 'received-asc' | 'municipality-asc' | 'municipality-desc';

/**
 * Paging, filtering and order for {@link IntakeStore.list}.
 * @public
 */
export interface ListQuery extends RequestFilter {
  /** 1..500. */
  limit: number;
  /** Opaque cursor from a previous page's `next` (with the same filter and sort). */
  cursor?: string;
  /** Default `received-desc` (newest first). */
  sort?: ListSort;
}

/**
 * One page of requests, in the order asked for.
 * @public
 */
export interface ListPage {
  /** At most `limit` requests. */
  items: StoredSupportRequest[];
  /** Number of requests matching the filter (all pages). */
  total: number;
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

/**
 * A trajectory move as the store applies it.
 * @public
 */
export interface TransitionCommand {
  /** Target state; allowed only if core's `canTransition(current, to)`. */
  to: TrajectoryState;
  /** Who makes the move. */
  actor: string;
  /** Optional remark. */
  note?: string;
  /** ISO 8601 timestamp (UTC). */
  at: string;
}

/**
 * Who did something and from where, written to the audit log in the transaction that does it.
 * @public
 */
export interface AuditStamp {
  /** The authenticated person (their e-mail address), `bootstrap`, or `cli:<os user>`. */
  actor: string;
  /** Client address of the HTTP request, or null (command line). */
  clientAddress: string | null;
  /** ISO 8601 timestamp (UTC). */
  at: string;
}

/**
 * What the audit log records. It names requests by id only and never holds requester data.
 * @public
 */
export type AuditAction =
  | 'read'
  | 'list'
  | 'export'
  | 'assign'
  | 'move'
  | 'note'
  | 'erase'
  | 'sign-in-failed'
  | 'subject-search'
  | 'user-add'
  | 'user-revoke'
  | 'purge';

/**
 * One audit log entry.
 * @public
 */
export interface AuditEntry extends AuditStamp {
  /** What was done. */
  action: AuditAction;
  /** The request concerned, or null (a list, an export, a failed sign-in). Kept after erasure. */
  requestId: string | null;
}

/**
 * One page of the audit log, newest first.
 * @public
 */
export interface AuditPage {
  /** At most `limit` entries, newest first. */
  items: AuditEntry[];
  /** Number of entries matching the filter (all pages). */
  total: number;
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

/**
 * Paging and filtering for {@link IntakeStore.listAudit}.
 * @public
 */
export interface AuditQuery {
  /** 1..500. */
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
  /** Only entries about this request id. */
  requestId?: string;
}

/**
 * A request's assignment to a consortium member and, optionally, one of its advisers.
 * @public
 */
export interface AssignmentCommand {
  /** Provider id (e.g. `oberon`). */
  provider: string;
  /** E-mail address of the adviser, or null to assign to the provider only. */
  adviserEmail: string | null;
}

/**
 * An internal note on a request. Notes are for staff: no requester-facing answer contains them.
 * @public
 */
export interface StoredNote {
  /** ISO 8601 timestamp (UTC). */
  at: string;
  /** Who wrote it (the authenticated person). */
  author: string;
  /** The note, 1 to 4000 characters. */
  text: string;
}

/**
 * Role of a staff account: a coordinator sees and does everything; an adviser sees only the
 * requests assigned to their provider or to them.
 * @public
 */
export type StaffRole = 'coordinator' | 'adviser';

/**
 * A staff account as stored (the token only as its SHA-256 hash, which is never returned).
 * @public
 */
export interface StaffUser {
  /** UUID. */
  id: string;
  /** Display name. */
  name: string;
  /** E-mail address, lower case; unique among active accounts. */
  email: string;
  /** Coordinator or adviser. */
  role: StaffRole;
  /** Provider id the account belongs to, or null. */
  provider: string | null;
  /** ISO 8601 timestamp (UTC). */
  createdAt: string;
  /** When the account was revoked, or null while it is active. */
  revokedAt: string | null;
}

/**
 * What {@link IntakeStore.addUser} stores.
 * @public
 */
export interface NewStaffUser extends Omit<StaffUser, 'revokedAt'> {
  /** SHA-256 (hex) of the personal token. */
  tokenHash: string;
}

/**
 * When {@link IntakeStore.purge} erases requests: final ones and open ones each after their own period.
 * @public
 */
export interface PurgeCutoffs {
  /** Erase requests in a final state whose last change is before this instant (ISO 8601). */
  finishedBefore: string;
  /** Erase requests in any other state whose last change is before this instant (ISO 8601). */
  openBefore: string;
}

/**
 * A signed-in browser session as {@link IntakeStore.createSession} stores it. The session id itself is
 * never stored, only its SHA-256 hash.
 * @public
 */
export interface NewSession {
  /** SHA-256 (hex) of the session id. */
  idHash: string;
  /** The staff account, or null for the bootstrap token. */
  userId: string | null;
  /** ISO 8601 timestamp (UTC); also the first `lastSeenAt`. */
  createdAt: string;
  /** Absolute end of the session, however active it is (ISO 8601). */
  expiresAt: string;
}

/**
 * A stored session with its account.
 * @public
 */
export interface StoredSession {
  /** The active staff account, or null for the bootstrap token. */
  user: StaffUser | null;
  /** Sign-in (ISO 8601). */
  createdAt: string;
  /** Last use (ISO 8601): the idle timeout counts from here. */
  lastSeenAt: string;
  /** Absolute end (ISO 8601). */
  expiresAt: string;
}

/**
 * Figures of the requests a filter covers, counted by the database (GROUP BY), for the dashboard.
 * @public
 */
export interface RequestStats {
  /** Number of requests. */
  total: number;
  /** Requests per day of receipt (UTC, `YYYY-MM-DD`), oldest first; days without requests are left out. */
  perDay: { day: string; count: number }[];
  /** Requests per support type asked for (a request may ask for several), most first. */
  bySupportType: { supportType: string; count: number }[];
  /** Requests per eligibility outcome (the server's, or the client's when the server had none), most first. */
  byOutcome: { outcome: string; count: number }[];
  /**
   * Every trajectory state in the trajectory's order: how many requests are in it now, and the median
   * number of days a stay in it lasted (from entering it to the move out of it), or null when no
   * request has left it yet.
   */
  byStatus: { status: TrajectoryState; count: number; medianDaysInState: number | null }[];
  /** Requests per municipality code, most first. */
  byMunicipality: { code: string; count: number }[];
}

/**
 * Result of {@link IntakeStore.transition}.
 * @public
 */
export type TransitionOutcome =
  | { kind: 'moved'; record: StoredSupportRequest; event: StoredTrajectoryEvent }
  | { kind: 'not-found' }
  | { kind: 'illegal'; from: TrajectoryState };

/**
 * The storage contract both the SQLite and the PostgreSQL store fulfil (one test suite runs against both).
 *
 * @remarks
 * `insert` resolves only after the row is committed durably; concurrent inserts with the same
 * idempotency key yield one row, and every caller gets that row back.
 * @public
 */
export interface IntakeStore {
  /** Which database this store uses. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Stores a request, or returns the row that already holds its key; resolves after a durable commit. */
  insert(record: NewSupportRequestRecord): Promise<InsertOutcome>;
  /** By id (UUID) or by reference (`NPO-YYYY-NNNNNN`). */
  get(idOrReference: string): Promise<StoredSupportRequest | undefined>;
  /** The trajectory moves of a request, oldest first. */
  history(id: string): Promise<StoredTrajectoryEvent[]>;
  /** One page of requests, newest first; throws `InvalidCursorError` for a cursor it did not issue. */
  list(query: ListQuery): Promise<ListPage>;
  /** Every request matching the filter, oldest first, in pages (for the exports). */
  iterate(filter?: RequestFilter): AsyncIterable<StoredSupportRequest>;
  /**
   * Atomically checks the move with core's `canTransition` against the current status and records it
   * (and the audit entry, when given, in the same transaction).
   */
  transition(id: string, command: TransitionCommand, audit?: AuditStamp): Promise<TransitionOutcome>;
  /** Assigns a request to a provider (and adviser); undefined when there is no such request. */
  assign(id: string, command: AssignmentCommand, audit?: AuditStamp): Promise<StoredSupportRequest | undefined>;
  /** Adds an internal note; undefined when there is no such request. */
  addNote(id: string, note: StoredNote, audit?: AuditStamp): Promise<StoredNote | undefined>;
  /** The notes of a request, oldest first. */
  notes(id: string): Promise<StoredNote[]>;
  /** Every request whose contact e-mail address is this one (any case), oldest first (right of access). */
  findBySubject(email: string): Promise<StoredSupportRequest[]>;
  /**
   * Deletes a request with its history and notes for good (right to erasure, retention), overwriting
   * the freed space (SQLite `secure_delete`, then a WAL checkpoint). Returns false when there was nothing
   * to delete. The idempotency key goes too, so a later retry would store it again.
   */
  erase(id: string, audit?: AuditStamp): Promise<boolean>;
  /**
   * Retention: erases every request whose last change is older than the cutoff of its kind (final or
   * still open), with its history and notes. Returns how many were erased.
   */
  purge(cutoffs: PurgeCutoffs, audit?: AuditStamp): Promise<number>;
  /** Number of stored requests. */
  count(): Promise<number>;
  /** Cheap liveness probe of the database. */
  ping(): Promise<void>;
  /** Readiness: commits a write to a one-row table; rejects when the store cannot take writes. */
  ready(): Promise<void>;
  /** Adds a staff account; `exists` when an active account already has that e-mail address. */
  addUser(user: NewStaffUser, audit?: AuditStamp): Promise<'added' | 'exists'>;
  /** Every staff account, active and revoked, oldest first. */
  listUsers(): Promise<StaffUser[]>;
  /** Revokes the active account with this e-mail address, ending its sessions; false when there is none. */
  revokeUser(email: string, audit: AuditStamp): Promise<boolean>;
  /** The active account whose token has this SHA-256 hash. */
  userByTokenHash(tokenHash: string): Promise<StaffUser | undefined>;
  /** Stores a new browser session. */
  createSession(session: NewSession): Promise<void>;
  /** The session with this id hash, or undefined (also when its account has been revoked). */
  session(idHash: string): Promise<StoredSession | undefined>;
  /** Records a use of the session (moves `lastSeenAt`). */
  touchSession(idHash: string, at: string): Promise<void>;
  /** Ends a session; false when there was none. */
  deleteSession(idHash: string): Promise<boolean>;
  /** Deletes sessions idle since before `idleBefore` or past their absolute end at `now`. Returns how many. */
  purgeSessions(idleBefore: string, now: string): Promise<number>;
  /** The dashboard's figures over the requests the filter covers, counted with aggregate SQL. */
  stats(filter: RequestFilter): Promise<RequestStats>;
  /** Appends entries to the audit log. */
  audit(entries: readonly AuditEntry[]): Promise<void>;
  /** One page of the audit log, newest first; throws `InvalidCursorError` for a cursor it did not issue. */
  listAudit(query: AuditQuery): Promise<AuditPage>;
  /** Audit retention: deletes entries older than this instant (ISO 8601). Returns how many. */
  purgeAudit(before: string): Promise<number>;
  /**
   * Claims up to `limit` due outbox messages: each one's next attempt moves `leaseMs` ahead, so no other
   * worker (in this or another process) takes it meanwhile. PostgreSQL claims with `FOR UPDATE SKIP LOCKED`.
   */
  claimOutbox(limit: number, leaseMs: number, now: string): Promise<OutboxJob[]>;
  /** Records how a claimed message's delivery attempt ended. */
  settleOutbox(id: string, settlement: OutboxSettlement): Promise<void>;
  /** Outbox messages per state. */
  outboxCounts(): Promise<OutboxCounts>;
  /** Outbox retention: deletes delivered and dead messages settled before this instant. Returns how many. */
  purgeOutbox(before: string): Promise<number>;
  /** Versions of the applied migrations, ascending. */
  migrations(): Promise<number[]>;
  /** Flushes queued inserts, then closes the database. Later calls reject. */
  close(): Promise<void>;
}

/**
 * Batching of durable commits: inserts wait up to `maxDelayMs` (or until `maxBatch` are queued)
 * and are committed in one transaction; every caller is answered after that commit.
 * @public
 */
export interface GroupCommitOptions {
  /** Largest number of inserts in one transaction. Default 128. */
  maxBatch?: number;
  /** Longest wait before a partial batch is committed, in milliseconds. Default 2; 0 commits on the next tick. */
  maxDelayMs?: number;
}
