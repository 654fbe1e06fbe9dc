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
    name: 'requests name one or more plan phases',
    // A stored request's single planPhase becomes the list planPhases with that one phase.
    sql: `
UPDATE support_requests
SET request_json = (request_json - 'planPhase') || jsonb_build_object('planPhases', jsonb_build_array(request_json -> 'planPhase'))
WHERE jsonb_typeof(request_json -> 'planPhase') = 'string';
`,
  },
];
