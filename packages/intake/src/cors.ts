import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './app-env.js';

/** Whether a request (or its preflight) is for a public route: submitting a request, or the OpenAPI document. */
function isPublic(c: Context<AppEnv>): boolean {
  const path = c.req.path;
  if (path === '/api/openapi.json') return true;
  if (path !== '/api/requests') return false;
  if (c.req.method === 'POST') return true;
  return c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')?.toUpperCase() === 'POST';
}

/**
 * Two CORS policies: the public routes answer the municipalities' sites (and the staff origins); the
 * staff routes answer only the staff origins, which are none unless configured.
 */
export function corsPolicies(
  publicOrigins: ReadonlySet<string>,
  adminOrigins: ReadonlySet<string>,
): MiddlewareHandler<AppEnv> {
  const publicCors = cors({
    origin: (origin) => (publicOrigins.has(origin) || adminOrigins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
    maxAge: 600,
  });
  const adminCors = cors({
    origin: (origin) => (adminOrigins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['Retry-After', 'Content-Disposition'],
    maxAge: 600,
  });
  return (c, next) => (isPublic(c) ? publicCors(c, next) : adminCors(c, next));
}
