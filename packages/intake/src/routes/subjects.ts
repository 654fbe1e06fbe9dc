import type { Hono } from 'hono';
import { subjectSearchBodySchema } from '../admin-bodies.js';
import type { SubjectResult } from '../http-contract.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { auditStamp, readBody } from './shared.js';

/**
 * `POST /api/subjects/search` (coordinators): everything stored about one requester, found by e-mail
 * address (right of access, AVG art. 15). The address travels in the body, never in a URL. Internal
 * notes, assignment and the staff who moved the request are left out: this answer is for the requester.
 */
export function registerSubjectRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, signedIn, coordinator } = deps;
  app.post('/api/subjects/search', signedIn, coordinator, deps.jsonBody, deps.limitBody, async (c) => {
    const body = await readBody(c, subjectSearchBodySchema);
    if (!body.ok) return body.response;
    const records = await store.findBySubject(body.data.email);
    const items = await Promise.all(
      records.map(async (record) => ({
        id: record.id,
        reference: record.reference,
        status: record.status,
        receivedAt: record.receivedAt,
        updatedAt: record.updatedAt,
        request: record.request,
        history: (await store.history(record.id)).map(({ from, to, at }) => ({ from, to, at })),
      })),
    );
    const stamp = auditStamp(c, deps);
    await store.audit(
      records.length === 0
        ? [{ ...stamp, action: 'subject-search', requestId: null }]
        : records.map((r) => ({ ...stamp, action: 'subject-search' as const, requestId: r.id })),
    );
    const answer: SubjectResult = { items };
    return c.json(answer);
  });
}
