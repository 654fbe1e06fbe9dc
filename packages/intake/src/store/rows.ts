import type { Selectable } from 'kysely';
import type { TrajectoryState } from '@npo-gemeenten/core';
import { formatReference } from './common.js';
import type { AuditTable, EventsTable, NotesTable, SupportRequestsTable, UsersTable } from './schema.js';
import type { AuditEntry, StaffUser, StoredNote, StoredSupportRequest, StoredTrajectoryEvent } from './types.js';

/** A time as ISO text: SQLite keeps the text that was written, PostgreSQL returns a Date. */
export function iso(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** A JSON column: text on SQLite, already parsed (jsonb) on PostgreSQL. */
function parsed<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A sequence number: a number on SQLite, bigint text on PostgreSQL. */
export function seqOf(row: { seq: number | string }): number {
  return Number(row.seq);
}

export type RequestRow = Selectable<SupportRequestsTable>;

export function toRecord(row: RequestRow): StoredSupportRequest {
  const receivedAt = iso(row.received_at);
  const request = parsed<StoredSupportRequest['request']>(row.request_json);
  return {
    id: row.id,
    reference: formatReference(receivedAt, seqOf(row)),
    idempotencyKey: row.idempotency_key,
    bodyHash: row.body_hash,
    status: row.status as TrajectoryState,
    receivedAt,
    updatedAt: iso(row.updated_at),
    request,
    clientDecision: request.eligibility,
    eligibilityCheck: parsed<StoredSupportRequest['eligibilityCheck']>(row.eligibility_check_json),
    provider: row.provider,
    adviserEmail: row.adviser_email,
  };
}

export function toEvent(row: Pick<Selectable<EventsTable>, 'from_status' | 'to_status' | 'at' | 'actor' | 'note'>): StoredTrajectoryEvent {
  const event: StoredTrajectoryEvent = {
    from: row.from_status as TrajectoryState,
    to: row.to_status as TrajectoryState,
    at: iso(row.at),
    actor: row.actor,
  };
  if (row.note !== null) event.note = row.note;
  return event;
}

export function toNote(row: Pick<Selectable<NotesTable>, 'at' | 'author' | 'text'>): StoredNote {
  return { at: iso(row.at), author: row.author, text: row.text };
}

export function toAudit(row: Selectable<AuditTable>): AuditEntry {
  return {
    at: iso(row.at),
    actor: row.actor,
    action: row.action as AuditEntry['action'],
    requestId: row.request_id,
    clientAddress: row.client_address,
  };
}

export function toUser(row: Selectable<UsersTable>): StaffUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffUser['role'],
    provider: row.provider,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}
