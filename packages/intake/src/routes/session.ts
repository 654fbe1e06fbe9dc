import type { Context, Hono } from 'hono';
import { sessionBodySchema } from '../admin-bodies.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import type { MeView, SessionView } from '../http-contract.js';
import { principalOfToken, refuseSignIn } from '../middleware.js';
import type { Principal } from '../principal.js';
import { problem } from '../problems.js';
import { clearSessionCookie, fromThisSite, sessionOf, startSession } from '../sessions.js';
import { readBody } from './shared.js';

/** The signed-in person as `GET /api/me` shows them. */
export function meView(principal: Principal): MeView {
  const { actor: _actor, ...me } = principal;
  return me;
}

/**
 * Browser sessions: `POST /api/session` exchanges a token once for an HttpOnly session cookie,
 * `GET /api/session` tells who is signed in and until when, `DELETE /api/session` signs out.
 */
export function registerSessionRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const options = deps.signIn;

  app.post('/api/session', deps.jsonBody, deps.limitBody, async (c) => {
    const body = await readBody(c, sessionBodySchema);
    if (!body.ok) return body.response;
    const found = await principalOfToken(body.data.token, options);
    if (!found) return refuseSignIn(c, options);
    const expiresAt = await startSession(c, found.principal, found.userId, options.sessions);
    const answer: SessionView = { user: meView(found.principal), expiresAt };
    return c.json(answer);
  });

  app.get('/api/session', async (c) => {
    const session = await sessionOf(c, options.sessions);
    if (!session) return signedOut(c);
    const answer: SessionView = { user: meView(session.principal), expiresAt: session.expiresAt };
    return c.json(answer);
  });

  app.delete('/api/session', async (c) => {
    const session = await sessionOf(c, options.sessions);
    if (session) {
      if (!fromThisSite(c)) return problem(c, 403, 'cross-site');
      await options.store.deleteSession(session.idHash);
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}

function signedOut(c: Context<AppEnv>): Response {
  clearSessionCookie(c);
  return problem(c, 401, 'unauthorized');
}
