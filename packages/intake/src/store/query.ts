import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { decodeCursor, decodeNameCursor, encodeCursor, encodeNameCursor, InvalidCursorError } from './common.js';
import type { Tables } from './schema.js';
import type { ListSort, RequestFilter } from './types.js';

type RequestsBuilder = ExpressionBuilder<Tables, 'support_requests'>;

/** The WHERE condition of a request filter (same columns in both dialects: ISO text or timestamptz). */
export function filterExpression(eb: RequestsBuilder, filter: RequestFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (filter.status !== undefined) parts.push(eb('status', '=', filter.status));
  if (filter.provider !== undefined) parts.push(eb('provider', '=', filter.provider));
  if (filter.adviser !== undefined) parts.push(eb('adviser_email', '=', filter.adviser.toLowerCase()));
  if (filter.outcome !== undefined) parts.push(eb('outcome', '=', filter.outcome));
  if (filter.municipalityCodes !== undefined) {
    const codes = [...filter.municipalityCodes];
    // `IN ()` is not SQL: an empty list matches nothing (an empty OR is false).
    parts.push(codes.length === 0 ? eb.or([]) : eb('municipality_code', 'in', codes));
  }
  if (filter.receivedFrom !== undefined) parts.push(eb('received_at', '>=', new Date(filter.receivedFrom).toISOString()));
  if (filter.receivedBefore !== undefined) {
    parts.push(eb('received_at', '<', new Date(filter.receivedBefore).toISOString()));
  }
  if (filter.visibleTo !== undefined) {
    const email = filter.visibleTo.adviserEmail.toLowerCase();
    const provider = filter.visibleTo.provider;
    parts.push(
      provider === null
        ? eb('adviser_email', '=', email)
        : eb.or([eb('provider', '=', provider), eb('adviser_email', '=', email)]),
    );
  }
  return eb.and(parts);
}

/** Keyset paging of one sorted list: the condition after the cursor, the order, and the next cursor. */
export interface PagePlan {
  after: (eb: RequestsBuilder) => Expression<SqlBool>;
  order: { column: 'seq' | 'municipality_sort'; direction: 'asc' | 'desc' }[];
  next: (row: { seq: number; municipality_sort: string }) => string;
}

export function pagePlan(sort: ListSort, cursor: string | undefined): PagePlan {
  if (sort === 'received-desc' || sort === 'received-asc') {
    const direction = sort === 'received-desc' ? 'desc' : 'asc';
    let seq: number | undefined;
    if (cursor !== undefined) {
      seq = decodeCursor(cursor);
      if (seq === undefined) throw new InvalidCursorError();
    }
    return {
      after: (eb) => (seq === undefined ? eb.and([]) : eb('seq', direction === 'desc' ? '<' : '>', seq)),
      order: [{ column: 'seq', direction }],
      next: (row) => encodeCursor(row.seq),
    };
  }
  const direction = sort === 'municipality-desc' ? 'desc' : 'asc';
  const op = direction === 'desc' ? '<' : '>';
  let last: { key: string; seq: number } | undefined;
  if (cursor !== undefined) {
    last = decodeNameCursor(cursor);
    if (last === undefined) throw new InvalidCursorError();
  }
  return {
    after: (eb) =>
      last === undefined
        ? eb.and([])
        : eb.or([
            eb('municipality_sort', op, last.key),
            eb.and([eb('municipality_sort', '=', last.key), eb('seq', op, last.seq)]),
          ]),
    order: [
      { column: 'municipality_sort', direction },
      { column: 'seq', direction },
    ],
    next: (row) => encodeNameCursor(row.municipality_sort, row.seq),
  };
}
