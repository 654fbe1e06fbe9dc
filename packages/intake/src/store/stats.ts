import { expressionBuilder, sql, type Kysely } from 'kysely';
import { trajectoryTransitions, type TrajectoryState } from '@npo-gemeenten/core';
import type { StoreDialect } from './dialect.js';
import { filterExpression } from './query.js';
import type { Tables } from './schema.js';
import type { RequestFilter, RequestStats } from './types.js';

const states = Object.keys(trajectoryTransitions) as TrajectoryState[];

function counted<K extends string>(rows: readonly ({ [key in K]: string } & { n: unknown })[], key: K) {
  return rows.map((row) => ({ [key]: row[key], count: Number(row.n) }) as { [key in K]: string } & { count: number });
}

/**
 * The dashboard's figures, each one aggregate query (GROUP BY) over the filtered requests, so the cost
 * grows with the number of groups that come back, not with the rows that go in.
 */
export async function requestStats(db: Kysely<Tables>, dialect: StoreDialect, filter: RequestFilter): Promise<RequestStats> {
  const where = filterExpression(expressionBuilder<Tables, 'support_requests'>(), filter);
  const requests = db.selectFrom('support_requests').where(where);
  const count = sql<number>`count(*)`;
  const [perDay, bySupportType, byOutcome, byStatus, byMunicipality, stays] = await Promise.all([
    requests
      .select([dialect.receivedDay.as('day'), count.as('n')])
      .groupBy(dialect.receivedDay)
      .orderBy(dialect.receivedDay)
      .execute(),
    sql<{ supportType: string; n: unknown }>`
      SELECT st.value AS "supportType", count(*) AS n
      FROM support_requests, ${dialect.supportTypes} AS st
      WHERE ${where}
      GROUP BY st.value ORDER BY n DESC, st.value`.execute(db),
    requests.select(['outcome', count.as('n')]).groupBy('outcome').orderBy('n', 'desc').orderBy('outcome').execute(),
    requests.select(['status', count.as('n')]).groupBy('status').execute(),
    requests
      .select(['municipality_code as code', count.as('n')])
      .groupBy('municipality_code')
      .orderBy('n', 'desc')
      .orderBy('municipality_code')
      .execute(),
    // A stay in a state runs from entering it (the previous move, or receipt) to the move out of it.
    sql<{ state: string; median: unknown }>`
      WITH stays AS (
        SELECT e.from_status AS state,
          ${dialect.daysBetween(
            sql`coalesce(lag(e.at) OVER (PARTITION BY e.request_id ORDER BY e.seq), r.received_at)`,
            sql`e.at`,
          )} AS days
        FROM support_request_events e JOIN support_requests r ON r.id = e.request_id
        WHERE e.request_id IN (${requests.select('id')})
      ), ranked AS (
        SELECT state, days,
          row_number() OVER (PARTITION BY state ORDER BY days) AS k,
          count(*) OVER (PARTITION BY state) AS total
        FROM stays
      )
      SELECT state, avg(days) AS median FROM ranked WHERE k IN ((total + 1) / 2, (total + 2) / 2) GROUP BY state`.execute(db),
  ]);
  const now = new Map(byStatus.map((row) => [row.status, Number(row.n)]));
  const medians = new Map(stays.rows.map((row) => [row.state, Math.round(Number(row.median) * 10) / 10]));
  return {
    total: [...now.values()].reduce((sum, n) => sum + n, 0),
    perDay: counted(perDay, 'day'),
    bySupportType: counted(bySupportType.rows, 'supportType'),
    byOutcome: counted(byOutcome, 'outcome'),
    byStatus: states.map((status) => ({
      status,
      count: now.get(status) ?? 0,
      medianDaysInState: medians.get(status) ?? null,
    })),
    byMunicipality: counted(byMunicipality, 'code'),
  };
}
