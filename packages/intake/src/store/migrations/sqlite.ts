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
];
