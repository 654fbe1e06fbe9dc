import type { Hono } from 'hono';
import { auditQuerySchema } from '../admin-bodies.js';
import type { AuditPageView } from '../http-contract.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { problem } from '../problems.js';
import { InvalidCursorError } from '../store/common.js';
import { invalidQuery } from './shared.js';

/** `GET /api/audit` (coordinators): the audit log, newest first, paged, optionally for one request. */
export function registerAuditRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, signedIn, coordinator } = deps;
  app.get('/api/audit', signedIn, coordinator, async (c) => {
    const raw = c.req.query();
    const query = auditQuerySchema.safeParse(raw);
    if (!query.success) return invalidQuery(c, query.error, raw);
    const { limit, cursor, request } = query.data;
    try {
      const answer: AuditPageView = await store.listAudit({
        limit,
        ...(cursor ? { cursor } : {}),
        ...(request ? { requestId: request } : {}),
      });
      return c.json(answer);
    } catch (error) {
      if (error instanceof InvalidCursorError) return problem(c, 400, 'invalid-query');
      throw error;
    }
  });
}
