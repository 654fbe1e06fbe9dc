import type { ColumnType, Generated } from 'kysely';

// What each dialect hands back differs (PostgreSQL: Date, bigint as text, parsed jsonb; SQLite: ISO text,
// numbers, JSON text); the row readers in rows.ts even that out. Values are always written as ISO text,
// JSON text and 0/1, which both databases accept for these columns.
type Timestamp = ColumnType<string | Date, string, string>;
type NullableTimestamp = ColumnType<string | Date | null, string | null, string | null>;
type Json = ColumnType<unknown, string, string>;
type Seq = Generated<number | string>;

export interface SupportRequestsTable {
  seq: Seq;
  id: string;
  idempotency_key: string;
  body_hash: string;
  status: string;
  received_at: Timestamp;
  updated_at: Timestamp;
  municipality_code: string;
  request_json: Json;
  eligibility_flagged: ColumnType<number | boolean, number, number>;
  eligibility_check_json: Json;
  provider: string | null;
  adviser_email: string | null;
  contact_email: string;
  municipality_sort: string;
  outcome: string;
}

export interface EventsTable {
  seq: Seq;
  request_id: string;
  from_status: string;
  to_status: string;
  at: Timestamp;
  actor: string;
  note: string | null;
}

export interface NotesTable {
  seq: Seq;
  request_id: string;
  at: Timestamp;
  author: string;
  text: string;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: string;
  provider: string | null;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditTable {
  seq: Seq;
  at: Timestamp;
  actor: string;
  action: string;
  request_id: string | null;
  client_address: string | null;
}

export interface OutboxTable {
  seq: Seq;
  id: string;
  request_id: string;
  kind: string;
  status: string;
  attempts: number;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  settled_at: NullableTimestamp;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

/** The intake's tables as the query builder sees them. */
export interface Tables {
  support_requests: SupportRequestsTable;
  support_request_events: EventsTable;
  support_request_notes: NotesTable;
  intake_users: UsersTable;
  intake_audit: AuditTable;
  intake_outbox: OutboxTable;
  intake_readiness: { id: number; checked_at: Timestamp };
  intake_migrations: MigrationsTable;
  intake_sessions: SessionsTable;
}
