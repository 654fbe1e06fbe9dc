import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.js';
import { bearerToken, tokenMatches } from './auth.js';
import type { IntakeLogEntry } from './handler.js';
import { problem } from './problems.js';
import type { RateLimiter } from './rate-limit.js';

const jsonType = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** One log entry per answer: route pattern, status, timing, stored id; never personal data. */
export function accessLog(log: (entry: IntakeLogEntry) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const entry: IntakeLogEntry = {
      time: new Date().toISOString(),
      method: c.req.method,
      route: routePath(c, -1) || 'unmatched',
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    const requestId = c.get('requestId');
    const note = c.get('note');
    if (requestId) entry.requestId = requestId;
    if (note) entry.note = note;
    log(entry);
  };
}

/** Admin answers hold personal data; nothing under /api is worth caching anyway. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
};

/** 415 unless the body is declared as JSON (UTF-8): also keeps cross-site HTML form posts out. */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('Content-Type');
  if (type === undefined || !jsonType.test(type)) return problem(c, 415, 'unsupported-media-type');
  await next();
};

/**
 * Bearer-token check for the admin API: 403 when no token is configured, 401 for a wrong or missing
 * one, 429 after too many failures from one client.
 */
export function adminAuth(
  adminToken: string | undefined,
  failures: RateLimiter,
  clientAddress: (request: Request, env: unknown) => string | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (adminToken === undefined || adminToken === '') return problem(c, 403, 'admin-disabled');
    const token = bearerToken(c.req.header('Authorization'));
    if (token !== undefined && tokenMatches(token, adminToken)) return next();
    const wait = failures.hit(clientAddress(c.req.raw, c.env) ?? 'unknown');
    c.header('WWW-Authenticate', 'Bearer');
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'rate-limited');
    }
    return problem(c, 401, 'unauthorized');
  };
}
