import type { Migration } from './index.js';

/** SQLite migrations, ascending. Never edit a released one: add the next number. */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'support requests and trajectory history',
    sql: `
CREATE TABLE support_requests (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  municipality_code TEXT NOT NULL,
  request_json TEXT NOT NULL,
  eligibility_flagged INTEGER NOT NULL CHECK (eligibility_flagged IN (0, 1)),
  eligibility_check_json TEXT NOT NULL
);
CREATE INDEX support_requests_status_seq ON support_requests (status, seq);
CREATE TABLE support_request_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  note TEXT
);
CREATE INDEX support_request_events_request ON support_request_events (request_id, seq);
`,
  },
  {
    version: 2,
    name: 'assignment, notes, staff accounts, audit log, readiness probe',
    sql: `
ALTER TABLE support_requests ADD COLUMN provider TEXT;
ALTER TABLE support_requests ADD COLUMN adviser_email TEXT;
ALTER TABLE support_requests ADD COLUMN contact_email TEXT;
ALTER TABLE support_requests ADD COLUMN municipality_sort TEXT;
ALTER TABLE support_requests ADD COLUMN outcome TEXT;
UPDATE support_requests SET
  contact_email = lower(json_extract(request_json, '$.contact.email')),
  municipality_sort = lower(json_extract(request_json, '$.municipality.name')),
  outcome = coalesce(json_extract(eligibility_check_json, '$.serverDecision.outcome'), json_extract(request_json, '$.eligibility.outcome'));
CREATE INDEX support_requests_contact_email ON support_requests (contact_email);
CREATE INDEX support_requests_provider ON support_requests (provider, seq);
CREATE INDEX support_requests_adviser ON support_requests (adviser_email, seq);
CREATE INDEX support_requests_municipality ON support_requests (municipality_sort, seq);
CREATE INDEX support_requests_updated ON support_requests (updated_at);
CREATE TABLE support_request_notes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX support_request_notes_request ON support_request_notes (request_id, seq);
CREATE TABLE intake_users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'adviser')),
  provider TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE UNIQUE INDEX intake_users_active_email ON intake_users (email) WHERE revoked_at IS NULL;
CREATE TABLE intake_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id TEXT,
  client_address TEXT
);
CREATE INDEX intake_audit_request ON intake_audit (request_id, seq);
CREATE INDEX intake_audit_at ON intake_audit (at);
CREATE TABLE intake_readiness (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);
`,
  },
  {
    version: 3,
    name: 'requests name one or more plan phases',
    // A stored request's single planPhase becomes the list planPhases with that one phase.
    sql: `
UPDATE support_requests
SET request_json = json_set(
  json_remove(request_json, '$.planPhase'),
  '$.planPhases',
  json_array(json_extract(request_json, '$.planPhase'))
)
WHERE json_type(request_json, '$.planPhase') = 'text';
`,
  },
  {
    version: 4,
    name: 'transactional outbox',
    sql: `
CREATE TABLE intake_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  request_id TEXT NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('coordinator-mail', 'receipt', 'webhook')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  settled_at TEXT
);
CREATE INDEX intake_outbox_due ON intake_outbox (status, next_attempt_at);
CREATE INDEX intake_outbox_request ON intake_outbox (request_id);
CREATE INDEX intake_outbox_settled ON intake_outbox (settled_at);
`,
  },
];
