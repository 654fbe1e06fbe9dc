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
 * Paging and filtering for {@link IntakeStore.list}.
 * @public
 */
export interface ListQuery {
  /** 1..500. */
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
  /** Only requests in this state. */
  status?: TrajectoryState;
}

/**
 * One page of requests, newest first.
 * @public
 */
export interface ListPage {
  /** At most `limit` requests, newest first. */
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
  /** Every request matching the filter, oldest first, in pages (for the CSV export). */
  iterate(filter?: { status?: TrajectoryState }): AsyncIterable<StoredSupportRequest>;
  /** Atomically checks the move with core's `canTransition` against the current status and records it. */
  transition(id: string, command: TransitionCommand): Promise<TransitionOutcome>;
  /**
   * Deletes a request and its history for good (right to erasure, retention). Returns false when
   * there was nothing to delete. The idempotency key goes too, so a later retry would store it again.
   */
  erase(id: string): Promise<boolean>;
  /**
   * Retention: erases every request in a final state (`closed`, `declined`, `withdrawn`) whose status
   * last changed before `updatedBefore` (ISO 8601), with its history. Returns how many were erased.
   */
  purgeFinished(updatedBefore: string): Promise<number>;
  /** Number of stored requests. */
  count(): Promise<number>;
  /** Cheap liveness probe of the database. */
  ping(): Promise<void>;
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
