import type { Hono } from 'hono';
import * as z from 'zod';
import { trajectoryStateSchema, trajectoryTransitions } from '@npo-gemeenten/core';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { pageLimit } from '../page-limit.js';
import { csvExport } from '../export-csv.js';
import { problem } from '../problems.js';
import { InvalidCursorError } from '../store/common.js';
import type { StoredSupportRequest, StoredTrajectoryEvent } from '../store/types.js';
import { transitionBodySchema, zodFieldErrors } from '../transition-body.js';

/** A stored request as the admin API shows it. */
function adminView(record: StoredSupportRequest, history?: StoredTrajectoryEvent[]) {
  return {
    id: record.id,
    reference: record.reference,
    status: record.status,
    receivedAt: record.receivedAt,
    updatedAt: record.updatedAt,
    eligibilityFlagged: record.eligibilityCheck.flagged,
    request: record.request,
    clientDecision: record.clientDecision,
    eligibilityCheck: record.eligibilityCheck,
    ...(history ? { history } : {}),
  };
}

const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(pageLimit.min).max(pageLimit.max).default(pageLimit.default),
  cursor: z.string().min(1).max(200).optional(),
  status: z.optional(trajectoryStateSchema),
});

/** The admin API: list, CSV export, detail, erase, trajectory moves. Every route needs the token. */
export function registerAdminRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, admin, now } = deps;

  app.get('/api/requests', admin, async (c) => {
    const query = listQuerySchema.safeParse(c.req.query());
    if (!query.success) return problem(c, 400, 'invalid-query', { errors: zodFieldErrors(query.error) });
    try {
      const page = await store.list(query.data);
      return c.json({ items: page.items.map((r) => adminView(r)), total: page.total, next: page.next });
    } catch (error) {
      if (error instanceof InvalidCursorError) return problem(c, 400, 'invalid-query');
      throw error;
    }
  });

  app.get('/api/requests.csv', admin, async (c) => {
    const status = z.optional(trajectoryStateSchema).safeParse(c.req.query('status'));
    if (!status.success) return problem(c, 400, 'invalid-query');
    const filter = status.data === undefined ? {} : { status: status.data };
    const day = now().toISOString().slice(0, 10);
    return c.body(csvExport(store.iterate(filter)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="npo-aanvragen-${day}.csv"`,
    });
  });

  app.get('/api/requests/:id', admin, async (c) => {
    const record = await store.get(c.req.param('id'));
    if (!record) return problem(c, 404, 'not-found');
    c.set('requestId', record.id);
    return c.json(adminView(record, await store.history(record.id)));
  });

  app.delete('/api/requests/:id', admin, async (c) => {
    const record = await store.get(c.req.param('id'));
    if (!record || !(await store.erase(record.id))) return problem(c, 404, 'not-found');
    c.set('requestId', record.id);
    return c.body(null, 204);
  });

  app.post('/api/requests/:id/transitions', admin, deps.jsonBody, deps.limitBody, async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return problem(c, 400, 'invalid-json');
    }
    const move = transitionBodySchema.safeParse(body);
    if (!move.success) return c.json({ errors: zodFieldErrors(move.error) }, 422);
    const record = await store.get(c.req.param('id'));
    if (!record) return problem(c, 404, 'not-found');
    c.set('requestId', record.id);
    const outcome = await store.transition(record.id, {
      to: move.data.to,
      actor: move.data.actor ?? 'admin',
      ...(move.data.note === undefined ? {} : { note: move.data.note }),
      at: now().toISOString(),
    });
    if (outcome.kind === 'not-found') return problem(c, 404, 'not-found');
    if (outcome.kind === 'illegal') {
      return problem(c, 409, 'illegal-transition', {
        from: outcome.from,
        to: move.data.to,
        allowed: trajectoryTransitions[outcome.from],
      });
    }
    return c.json({ ...adminView(outcome.record, await store.history(record.id)), event: outcome.event });
  });
}
