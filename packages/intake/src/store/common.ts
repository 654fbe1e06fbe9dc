import { trajectoryTransitions, UUID_PATTERN, type TrajectoryState } from '@npo-gemeenten/core';
import { pageLimit } from '../page-limit.js';

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
export function encodeNameCursor(key: string, seq: number): string {
  return Buffer.from(JSON.stringify(['m', key, seq]), 'utf8').toString('base64url');
}

export function decodeNameCursor(cursor: string): { key: string; seq: number } | undefined {
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
