import type { Context, Hono } from 'hono';
import { trajectoryTransitions } from '@npo-gemeenten/core';
import { assignmentBodySchema, listQuerySchema, noteBodySchema, transitionBodySchema } from '../admin-bodies.js';
import type { NoteView, RequestPage, TransitionResult } from '../http-contract.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { canSee } from '../principal.js';
import { problem } from '../problems.js';
import { InvalidCursorError } from '../store/common.js';
import type { StoredSupportRequest } from '../store/types.js';
import { auditStamp, invalidQuery, principalOf, readBody, requestFilter, staffView } from './shared.js';

/**
 * The staff API on requests: list, detail, erase, move, assign, notes. Every route needs a sign-in;
 * an adviser gets 404 for a request they may not see, exactly as for one that does not exist.
 */
export function registerRequestRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, signedIn, coordinator } = deps;

  async function visible(c: Context<AppEnv>): Promise<StoredSupportRequest | undefined> {
    const record = await store.get(c.req.param('id') ?? '');
    if (!record || !canSee(principalOf(c), record)) return undefined;
    c.set('requestId', record.id);
    return record;
  }

  app.get('/api/requests', signedIn, async (c) => {
    const raw = c.req.query();
    const query = listQuerySchema.safeParse(raw);
    if (!query.success) return invalidQuery(c, query.error, raw);
    const { limit, cursor, sort, ...filters } = query.data;
    let page;
    try {
      page = await store.list({ ...requestFilter(filters, principalOf(c)), limit, sort, ...(cursor ? { cursor } : {}) });
    } catch (error) {
      if (error instanceof InvalidCursorError) return problem(c, 400, 'invalid-query');
      throw error;
    }
    await store.audit([{ ...auditStamp(c, deps), action: 'list', requestId: null }]);
    const answer: RequestPage = { items: page.items.map((r) => staffView(r)), total: page.total, next: page.next };
    return c.json(answer);
  });

  app.get('/api/requests/:id', signedIn, async (c) => {
    const record = await visible(c);
    if (!record) return problem(c, 404, 'not-found');
    const [history, notes] = await Promise.all([store.history(record.id), store.notes(record.id)]);
    // Audited before the data leaves: a read that cannot be recorded is not answered.
    await store.audit([{ ...auditStamp(c, deps), action: 'read', requestId: record.id }]);
    return c.json(staffView(record, { history, notes }));
  });

  app.delete('/api/requests/:id', signedIn, coordinator, async (c) => {
    const record = await visible(c);
    if (!record || !(await store.erase(record.id, auditStamp(c, deps)))) return problem(c, 404, 'not-found');
    return c.body(null, 204);
  });

  app.post('/api/requests/:id/transitions', signedIn, deps.jsonBody, deps.limitBody, async (c) => {
    const body = await readBody(c, transitionBodySchema);
    if (!body.ok) return body.response;
    const record = await visible(c);
    if (!record) return problem(c, 404, 'not-found');
    const stamp = auditStamp(c, deps);
    const move = body.data;
    const outcome = await store.transition(
      record.id,
      { to: move.to, actor: stamp.actor, at: stamp.at, ...(move.note === undefined ? {} : { note: move.note }) },
      stamp,
    );
    if (outcome.kind === 'not-found') return problem(c, 404, 'not-found');
    if (outcome.kind === 'illegal') {
      return problem(c, 409, 'illegal-transition', {
        from: outcome.from,
        to: move.to,
        allowed: [...trajectoryTransitions[outcome.from]],
      });
    }
    const answer: TransitionResult = {
      ...staffView(outcome.record, { history: await store.history(record.id) }),
      event: outcome.event,
    };
    return c.json(answer);
  });

  app.post('/api/requests/:id/assignment', signedIn, coordinator, deps.jsonBody, deps.limitBody, async (c) => {
    const body = await readBody(c, assignmentBodySchema);
    if (!body.ok) return body.response;
    const record = await visible(c);
    if (!record) return problem(c, 404, 'not-found');
    const { provider, adviserEmail } = body.data;
    if (adviserEmail !== undefined) {
      const adviser = (await store.listUsers()).find(
        (u) => u.email === adviserEmail.toLowerCase() && u.revokedAt === null,
      );
      if (!adviser || (adviser.provider !== null && adviser.provider !== provider)) {
        return problem(c, 422, 'unknown-adviser');
      }
    }
    const updated = await store.assign(record.id, { provider, adviserEmail: adviserEmail ?? null }, auditStamp(c, deps));
    if (!updated) return problem(c, 404, 'not-found');
    return c.json(staffView(updated));
  });

  app.post('/api/requests/:id/notes', signedIn, deps.jsonBody, deps.limitBody, async (c) => {
    const body = await readBody(c, noteBodySchema);
    if (!body.ok) return body.response;
    const record = await visible(c);
    if (!record) return problem(c, 404, 'not-found');
    const stamp = auditStamp(c, deps);
    const note = await store.addNote(record.id, { at: stamp.at, author: stamp.actor, text: body.data.text }, stamp);
    if (!note) return problem(c, 404, 'not-found');
    const answer: NoteView = note;
    return c.json(answer, 201);
  });

}
