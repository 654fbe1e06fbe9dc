import { trajectoryTransitions, UUID_PATTERN, type TrajectoryState } from '@npo-gemeenten/core';
import { pageLimit } from '../page-limit.js';
import type { AuditEntry, ListSort, RequestFilter, StaffUser, StoredNote, StoredTrajectoryEvent } from './types.js';

/** States a trajectory cannot leave: requests in these follow the retention period of finished requests. */
export const finalStates: readonly TrajectoryState[] = Object.entries(trajectoryTransitions)
  .filter(([, next]) => next.length === 0)
  .map(([state]) => state as TrajectoryState);

/** Formats the human reference from the year of receipt (UTC) and the store sequence. */
export function formatReference(receivedAt: string, seq: number): string {
  return `NPO-${receivedAt.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
}

const referencePattern = /^NPO-(\d{4})-(\d{1,15})$/;

/** Splits a reference into year and sequence, or undefined when it is not one. */
export function parseReference(value: string): { year: string; seq: number } | undefined {
  const match = referencePattern.exec(value);
  if (!match) return undefined;
  const seq = Number(match[2]);
  return Number.isSafeInteger(seq) ? { year: match[1] as string, seq } : undefined;
}

/** Whether a string looks like a UUID (so it can be used as an id in a query). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Cursors are the sequence of the last row seen, base64url-encoded so clients treat them as opaque. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`s${seq}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; undefined for anything that is not one of ours. */
export function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^s\d{1,15}$/.test(text)) return undefined;
  const seq = Number(text.slice(1));
  return Number.isSafeInteger(seq) ? seq : undefined;
}

/** The sequence a newest-first page starts below: from its cursor, or from the top without one. */
export function seqBefore(cursor: string | undefined): number {
  if (cursor === undefined) return Number.MAX_SAFE_INTEGER;
  const seq = decodeCursor(cursor);
  if (seq === undefined) throw new InvalidCursorError();
  return seq;
}

/** A cursor of a list sorted by municipality: the sort key and sequence of the last row seen. */
function encodeNameCursor(key: string, seq: number): string {
  return Buffer.from(JSON.stringify(['m', key, seq]), 'utf8').toString('base64url');
}

function decodeNameCursor(cursor: string): { key: string; seq: number } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== 'm') return undefined;
    const [, key, seq] = value as [string, unknown, unknown];
    if (typeof key !== 'string' || key.length > 200 || typeof seq !== 'number' || !Number.isSafeInteger(seq)) return undefined;
    return { key, seq };
  } catch {
    return undefined;
  }
}

/**
 * Sort key of a municipality name: without diacritics, lower case, so that both databases order names
 * alike with a plain binary comparison.
 */
export function municipalitySortKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A SQL fragment with `?` placeholders and its parameters; PostgreSQL numbers them with {@link numbered}. */
export interface Sql {
  text: string;
  params: unknown[];
}

/** Rewrites `?` placeholders as `$1, $2, ...` for PostgreSQL (the fragments never hold a literal `?`). */
export function numbered(text: string): string {
  let i = 0;
  return text.replace(/\?/g, () => `$${(i += 1)}`);
}

/** The WHERE conditions of a request filter, shared by both dialects (same columns, ISO text or timestamptz). */
export function filterSql(filter: RequestFilter): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (text: string, ...values: unknown[]) => {
    parts.push(text);
    params.push(...values);
  };
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.provider !== undefined) add('provider = ?', filter.provider);
  if (filter.adviser !== undefined) add('adviser_email = ?', filter.adviser.toLowerCase());
  if (filter.outcome !== undefined) add('outcome = ?', filter.outcome);
  if (filter.municipalityCodes !== undefined) {
    if (filter.municipalityCodes.length === 0) parts.push('1 = 0');
    else add(`municipality_code IN (${filter.municipalityCodes.map(() => '?').join(', ')})`, ...filter.municipalityCodes);
  }
  if (filter.receivedFrom !== undefined) add('received_at >= ?', new Date(filter.receivedFrom).toISOString());
  if (filter.receivedBefore !== undefined) add('received_at < ?', new Date(filter.receivedBefore).toISOString());
  if (filter.visibleTo !== undefined) {
    const email = filter.visibleTo.adviserEmail.toLowerCase();
    if (filter.visibleTo.provider === null) add('adviser_email = ?', email);
    else add('(provider = ? OR adviser_email = ?)', filter.visibleTo.provider, email);
  }
  return { text: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}

/** The keyset condition, order and next-cursor function of one page of a sorted list. */
export function pageSql(
  sort: ListSort,
  cursor: string | undefined,
): { where: Sql; orderBy: string; next: (row: { seq: number; municipality_sort: string }) => string } {
  if (sort === 'received-desc' || sort === 'received-asc') {
    const desc = sort === 'received-desc';
    let where: Sql = { text: '1 = 1', params: [] };
    if (cursor !== undefined) {
      const seq = decodeCursor(cursor);
      if (seq === undefined) throw new InvalidCursorError();
      where = { text: desc ? 'seq < ?' : 'seq > ?', params: [seq] };
    }
    return { where, orderBy: desc ? 'seq DESC' : 'seq ASC', next: (row) => encodeCursor(row.seq) };
  }
  const desc = sort === 'municipality-desc';
  const op = desc ? '<' : '>';
  let where: Sql = { text: '1 = 1', params: [] };
  if (cursor !== undefined) {
    const last = decodeNameCursor(cursor);
    if (last === undefined) throw new InvalidCursorError();
    where = {
      text: `(municipality_sort ${op} ? OR (municipality_sort = ? AND seq ${op} ?))`,
      params: [last.key, last.key, last.seq],
    };
  }
  const direction = desc ? 'DESC' : 'ASC';
  return {
    where,
    orderBy: `municipality_sort ${direction}, seq ${direction}`,
    next: (row) => encodeNameCursor(row.municipality_sort, row.seq),
  };
}

/** Columns of a note row, alike in both dialects apart from the type of `at`. */
export interface NoteColumns {
  author: string;
  text: string;
}

/** A stored note from its row. */
export function noteFromRow(row: NoteColumns, at: string): StoredNote {
  return { at, author: row.author, text: row.text };
}

/** Columns of an audit row, alike in both dialects apart from the types of `seq` and `at`. */
export interface AuditColumns {
  actor: string;
  action: string;
  request_id: string | null;
  client_address: string | null;
}

/** An audit entry from its row. */
export function auditFromRow(row: AuditColumns, at: string): AuditEntry {
  return {
    at,
    actor: row.actor,
    action: row.action as AuditEntry['action'],
    requestId: row.request_id,
    clientAddress: row.client_address,
  };
}

/** Columns of a staff account row. */
export interface UserColumns {
  id: string;
  name: string;
  email: string;
  role: string;
  provider: string | null;
}

/** Thrown by a store for a cursor it did not issue. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

/** Store-side bounds on page size, so a caller cannot ask for everything at once. */
export function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return pageLimit.default;
  return Math.min(pageLimit.max, Math.max(pageLimit.min, Math.trunc(limit)));
}

/** The columns of a stored trajectory move that both dialects return alike. */
export interface EventColumns {
  from_status: string;
  to_status: string;
  actor: string;
  note: string | null;
}

/** A stored move from its row; `at` is the time as an ISO string (each dialect converts its own type). */
export function eventFromRow(row: EventColumns, at: string): StoredTrajectoryEvent {
  const event: StoredTrajectoryEvent = {
    from: row.from_status as TrajectoryState,
    to: row.to_status as TrajectoryState,
    at,
    actor: row.actor,
  };
  if (row.note !== null) event.note = row.note;
  return event;
}

/** A staff account from its row; the times as ISO strings (each dialect converts its own type). */
export function userFromRow(row: UserColumns, createdAt: string, revokedAt: string | null): StaffUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffUser['role'],
    provider: row.provider,
    createdAt,
    revokedAt,
  };
}
