import type { Hono } from 'hono';
import { statsQuerySchema } from '../admin-bodies.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import type { StatsView } from '../http-contract.js';
import { perIsoWeek } from '../iso-weeks.js';
import { invalidQuery, principalOf, requestFilter } from './shared.js';

/**
 * `GET /api/stats`: the dashboard's figures over the requests the signed-in person may see (an
 * adviser: their provider's and their own), with the list's filters. Aggregates only: no requester
 * data, so it is not audited as a read.
 */
export function registerStatsRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  app.get('/api/stats', deps.signedIn, async (c) => {
    const raw = c.req.query();
    const query = statsQuerySchema.safeParse(raw);
    if (!query.success) return invalidQuery(c, query.error, raw);
    const { from, to, ...filters } = query.data;
    const receivedFrom = from ?? filters.receivedFrom;
    const receivedTo = to ?? filters.receivedTo;
    const filter = requestFilter(
      { ...filters, ...(receivedFrom ? { receivedFrom } : {}), ...(receivedTo ? { receivedTo } : {}) },
      principalOf(c),
    );
    const stats = await deps.store.stats(filter);
    const answer: StatsView = {
      total: stats.total,
      perWeek: perIsoWeek(stats.perDay, { ...(receivedFrom ? { from: receivedFrom } : {}), ...(receivedTo ? { to: receivedTo } : {}) }),
      bySupportType: stats.bySupportType as StatsView['bySupportType'],
      byOutcome: stats.byOutcome as StatsView['byOutcome'],
      byStatus: stats.byStatus,
      byMunicipality: stats.byMunicipality,
      generatedAt: deps.now().toISOString(),
    };
    return c.json(answer);
  });
}
