import type { Migration } from './index.js';

/** PostgreSQL migrations, ascending. Never edit a released one: add the next number. */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'support requests and trajectory history',
    sql: `
CREATE TABLE support_requests (
  seq BIGSERIAL PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  municipality_code TEXT NOT NULL,
  request_json JSONB NOT NULL,
  eligibility_flagged BOOLEAN NOT NULL,
  eligibility_check_json JSONB NOT NULL
);
CREATE INDEX support_requests_status_seq ON support_requests (status, seq);
CREATE TABLE support_request_events (
  seq BIGSERIAL PRIMARY KEY,
  request_id UUID NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
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
ALTER TABLE support_requests
  ADD COLUMN provider TEXT,
  ADD COLUMN adviser_email TEXT,
  ADD COLUMN contact_email TEXT,
  ADD COLUMN municipality_sort TEXT COLLATE "C",
  ADD COLUMN outcome TEXT;
UPDATE support_requests SET
  contact_email = lower(request_json->'contact'->>'email'),
  municipality_sort = lower(request_json->'municipality'->>'name'),
  outcome = coalesce(eligibility_check_json->'serverDecision'->>'outcome', request_json->'eligibility'->>'outcome');
CREATE INDEX support_requests_contact_email ON support_requests (contact_email);
CREATE INDEX support_requests_provider ON support_requests (provider, seq);
CREATE INDEX support_requests_adviser ON support_requests (adviser_email, seq);
CREATE INDEX support_requests_municipality ON support_requests (municipality_sort, seq);
CREATE INDEX support_requests_updated ON support_requests (updated_at);
CREATE TABLE support_request_notes (
  seq BIGSERIAL PRIMARY KEY,
  request_id UUID NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  at TIMESTAMPTZ NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX support_request_notes_request ON support_request_notes (request_id, seq);
CREATE TABLE intake_users (
  id UUID PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'adviser')),
  provider TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX intake_users_active_email ON intake_users (email) WHERE revoked_at IS NULL;
CREATE TABLE intake_audit (
  seq BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id UUID,
  client_address TEXT
);
CREATE INDEX intake_audit_request ON intake_audit (request_id, seq);
CREATE INDEX intake_audit_at ON intake_audit (at);
CREATE TABLE intake_readiness (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TIMESTAMPTZ NOT NULL);
`,
  },
  {
    version: 3,
    name: 'requests name one or more plan phases',
    // A stored request's single planPhase becomes the list planPhases with that one phase.
    sql: `
UPDATE support_requests
SET request_json = (request_json - 'planPhase') || jsonb_build_object('planPhases', jsonb_build_array(request_json -> 'planPhase'))
WHERE jsonb_typeof(request_json -> 'planPhase') = 'string';
`,
  },
  {
    version: 4,
    name: 'transactional outbox',
    sql: `
CREATE TABLE intake_outbox (
  seq BIGSERIAL PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  request_id UUID NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('coordinator-mail', 'receipt', 'webhook')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  settled_at TIMESTAMPTZ
);
CREATE INDEX intake_outbox_due ON intake_outbox (status, next_attempt_at);
CREATE INDEX intake_outbox_request ON intake_outbox (request_id);
CREATE INDEX intake_outbox_settled ON intake_outbox (settled_at);
`,
  },
];
