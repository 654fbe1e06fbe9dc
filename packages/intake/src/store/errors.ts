import type { NewSupportRequestRecord } from './types.js';

/**
 * A store error that a retry cannot cure (the data can never be stored). The intake answers it with
 * 500 and no `Retry-After`; a database never sees the data, so it cannot end up in a server log.
 * @public
 */
export class PermanentStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentStoreError';
  }
}

// With the `u` flag a surrogate range matches only unpaired halves.
const unstorable = /[\u0000\uD800-\uDFFF]/u;

function check(value: unknown, depth: number): void {
  if (depth > 32) throw new PermanentStoreError('value nested too deeply');
  if (typeof value === 'string') {
    // PostgreSQL refuses NUL and unpaired surrogates in text and jsonb, quoting the value in its error.
    if (unstorable.test(value)) throw new PermanentStoreError('text holds NUL or an unpaired surrogate');
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) check(item, depth + 1);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      check(key, depth + 1);
      check(item, depth + 1);
    }
  }
}

/**
 * Refuses, before any SQL runs, a record that a database would reject: so both stores agree, and no
 * database error (which may quote the row) is ever raised for requester data.
 */
export function assertStorable(record: NewSupportRequestRecord): void {
  const code: unknown = (record.request as { municipality?: { code?: unknown } } | undefined)?.municipality?.code;
  if (typeof code !== 'string' || code === '') throw new PermanentStoreError('municipality code missing');
  if (typeof record.request.contact?.email !== 'string') throw new PermanentStoreError('contact e-mail missing');
  check(record.request, 0);
  check(record.eligibilityCheck, 0);
}

const transientSqlite = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL|NOMEM|INTERRUPT)/;
// SQLSTATE classes a retry can cure: connection, transaction rollback, resources, operator intervention, system.
const transientPostgres = /^(08|40|53|57|58)/;

/** Whether a store error may go away on a retry (503 + Retry-After) or never will (500). */
export function isTransientStoreError(error: unknown): boolean {
  if (error instanceof PermanentStoreError) return false;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return true;
  if (code.startsWith('SQLITE_')) return transientSqlite.test(code);
  if (/^[0-9A-Z]{5}$/.test(code)) return transientPostgres.test(code);
  // Network errors such as ECONNREFUSED or ETIMEDOUT.
  return true;
}
