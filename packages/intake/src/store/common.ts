import { trajectoryTransitions, UUID_PATTERN, type TrajectoryState } from '@npo-gemeenten/core';
import { pageLimit } from '../page-limit.js';
import type { StoredTrajectoryEvent } from './types.js';

/** States a trajectory cannot leave: only requests in these may be purged by retention. */
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
