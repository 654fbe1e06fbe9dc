/** The two databases the intake runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** Column types and fragments that differ between the dialects; the rest of the SQL is shared. */
interface DialectSql {
  /** A store-wide ascending row number. */
  serial: string;
  uuid: string;
  time: string;
  json: string;
  /** The requests table's eligibility flag. */
  flag: string;
  /** Sorts by byte value, so both databases order names alike. */
  binaryCollation: string;
}

const dialectSql: Record<DialectName, DialectSql> = {
  sqlite: {
    serial: 'INTEGER PRIMARY KEY AUTOINCREMENT',
    uuid: 'TEXT',
    time: 'TEXT',
    json: 'TEXT',
    flag: 'INTEGER NOT NULL CHECK (eligibility_flagged IN (0, 1))',
    binaryCollation: '',
  },
  postgres: {
    serial: 'BIGSERIAL PRIMARY KEY',
    uuid: 'UUID',
    time: 'TIMESTAMPTZ',
    json: 'JSONB',
    flag: 'BOOLEAN NOT NULL',
    binaryCollation: ' COLLATE "C"',
  },
};

/**
 * One numbered schema change, applied once, in order, and recorded in `intake_migrations`. Its SQL
 * is written once with the dialect's types; where the databases differ more (JSON functions), per dialect.
 */
export interface Migration {
  version: number;
  name: string;
  sql: (dialect: DialectName) => string;
}

/** SQL of a migration written with the dialect's column types. */
function typed(write: (t: DialectSql, dialect: DialectName) => string): (dialect: DialectName) => string {
  return (dialect) => write(dialectSql[dialect], dialect);
}

/** The migrations of both dialects, ascending. Never change what a released one does: add the next number. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'support requests and trajectory history',
    sql: typed(
      (t) => `
CREATE TABLE support_requests (
  seq ${t.serial},
  id ${t.uuid} NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at ${t.time} NOT NULL,
  updated_at ${t.time} NOT NULL,
  municipality_code TEXT NOT NULL,
  request_json ${t.json} NOT NULL,
  eligibility_flagged ${t.flag},
  eligibility_check_json ${t.json} NOT NULL
);
CREATE INDEX support_requests_status_seq ON support_requests (status, seq);
CREATE TABLE support_request_events (
  seq ${t.serial},
  request_id ${t.uuid} NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  note TEXT
);
CREATE INDEX support_request_events_request ON support_request_events (request_id, seq);
`,
    ),
  },
  {
    version: 2,
    name: 'assignment, notes, staff accounts, audit log, readiness probe',
    sql: typed(
      (t, dialect) => `
ALTER TABLE support_requests ADD COLUMN provider TEXT;
ALTER TABLE support_requests ADD COLUMN adviser_email TEXT;
ALTER TABLE support_requests ADD COLUMN contact_email TEXT;
ALTER TABLE support_requests ADD COLUMN municipality_sort TEXT${t.binaryCollation};
ALTER TABLE support_requests ADD COLUMN outcome TEXT;
${
  dialect === 'sqlite'
    ? `UPDATE support_requests SET
  contact_email = lower(json_extract(request_json, '$.contact.email')),
  municipality_sort = lower(json_extract(request_json, '$.municipality.name')),
  outcome = coalesce(json_extract(eligibility_check_json, '$.serverDecision.outcome'), json_extract(request_json, '$.eligibility.outcome'));`
    : `UPDATE support_requests SET
  contact_email = lower(request_json->'contact'->>'email'),
  municipality_sort = lower(request_json->'municipality'->>'name'),
  outcome = coalesce(eligibility_check_json->'serverDecision'->>'outcome', request_json->'eligibility'->>'outcome');`
}
CREATE INDEX support_requests_contact_email ON support_requests (contact_email);
CREATE INDEX support_requests_provider ON support_requests (provider, seq);
CREATE INDEX support_requests_adviser ON support_requests (adviser_email, seq);
CREATE INDEX support_requests_municipality ON support_requests (municipality_sort, seq);
CREATE INDEX support_requests_updated ON support_requests (updated_at);
CREATE TABLE support_request_notes (
  seq ${t.serial},
  request_id ${t.uuid} NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  at ${t.time} NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX support_request_notes_request ON support_request_notes (request_id, seq);
CREATE TABLE intake_users (
  id ${t.uuid} PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'adviser')),
  provider TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at ${t.time} NOT NULL,
  revoked_at ${t.time}
);
CREATE UNIQUE INDEX intake_users_active_email ON intake_users (email) WHERE revoked_at IS NULL;
CREATE TABLE intake_audit (
  seq ${t.serial},
  at ${t.time} NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id ${t.uuid},
  client_address TEXT
);
CREATE INDEX intake_audit_request ON intake_audit (request_id, seq);
CREATE INDEX intake_audit_at ON intake_audit (at);
CREATE TABLE intake_readiness (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at ${t.time} NOT NULL);
`,
    ),
  },
  {
    version: 3,
    name: 'requests name one or more plan phases',
    // A stored request's single planPhase becomes the list planPhases with that one phase.
    sql: (dialect) =>
      dialect === 'sqlite'
        ? `
UPDATE support_requests
SET request_json = json_set(
  json_remove(request_json, '$.planPhase'),
  '$.planPhases',
  json_array(json_extract(request_json, '$.planPhase'))
)
WHERE json_type(request_json, '$.planPhase') = 'text';
`
        : `
UPDATE support_requests
SET request_json = (request_json - 'planPhase') || jsonb_build_object('planPhases', jsonb_build_array(request_json -> 'planPhase'))
WHERE jsonb_typeof(request_json -> 'planPhase') = 'string';
`,
  },
  {
    version: 4,
    name: 'transactional outbox',
    sql: typed(
      (t) => `
CREATE TABLE intake_outbox (
  seq ${t.serial},
  id ${t.uuid} NOT NULL UNIQUE,
  request_id ${t.uuid} NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('coordinator-mail', 'receipt', 'webhook')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL,
  next_attempt_at ${t.time} NOT NULL,
  last_error TEXT,
  created_at ${t.time} NOT NULL,
  settled_at ${t.time}
);
CREATE INDEX intake_outbox_due ON intake_outbox (status, next_attempt_at);
CREATE INDEX intake_outbox_request ON intake_outbox (request_id);
CREATE INDEX intake_outbox_settled ON intake_outbox (settled_at);
`,
    ),
  },
  {
    version: 5,
    name: 'staff sessions',
    // A session names its account, or none for the bootstrap token; only the hash of its id is kept.
    sql: typed(
      (t) => `
CREATE TABLE intake_sessions (
  id_hash TEXT PRIMARY KEY,
  user_id ${t.uuid} REFERENCES intake_users (id) ON DELETE CASCADE,
  created_at ${t.time} NOT NULL,
  last_seen_at ${t.time} NOT NULL,
  expires_at ${t.time} NOT NULL
);
CREATE INDEX intake_sessions_user ON intake_sessions (user_id);
CREATE INDEX intake_sessions_last_seen ON intake_sessions (last_seen_at);
CREATE INDEX intake_sessions_expires ON intake_sessions (expires_at);
`,
    ),
  },
];
