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
];
