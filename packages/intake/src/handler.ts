import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, RouteDeps } from './app-env.js';
import type { EligibilityDataSource } from './eligibility-check.js';
import { accessLog, adminAuth, jsonBody, noStore } from './middleware.js';
import { buildOpenApiDocument } from './openapi.js';
import { problem } from './problems.js';
import { RateLimiter } from './rate-limit.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerSubmitRoute } from './routes/submit.js';
import type { IntakeStore } from './store/types.js';

/**
 * One access-log entry. It never holds personal data: no body, no headers, no client address.
 * @public
 */
export interface IntakeLogEntry {
  /** When the answer was sent (ISO 8601, UTC). */
  time: string;
  /** HTTP method. */
  method: string;
  /** The matched route pattern (e.g. `/api/requests/:id`), not the raw path. */
  route: string;
  /** HTTP status of the answer. */
  status: number;
  /** Time spent answering, in milliseconds. */
  durationMs: number;
  /** Id of the stored request, when the answer concerns one. */
  requestId?: string;
  /** Short machine-readable reason for an error answer or a special case (e.g. `honeypot`). */
  note?: string;
}

/**
 * Options for {@link createIntakeHandler}.
 * @public
 */
export interface IntakeHandlerOptions {
  /** Where requests are stored (see `openSqliteStore`, `openPostgresStore`). */
  store: IntakeStore;
  /** Bearer token for the admin API; without it every admin route answers 403. */
  adminToken?: string;
  /** Origins (e.g. `https://www.gemeente.nl`) allowed to post from a browser. */
  allowedOrigins?: readonly string[];
  /** Posts per minute per client address; 0 turns the limit off. Default 60. */
  rateLimit?: number;
  /** Largest accepted body in bytes. Default 65536. */
  maxBodyBytes?: number;
  /** The server's own figures for the eligibility re-check. Default: `@npo-gemeenten/data`. */
  eligibilityData?: EligibilityDataSource;
  /** Client address for rate limiting. Default: the socket address from `@hono/node-server`. */
  clientAddress?: (request: Request, env: unknown) => string | undefined;
  /** Receives one entry per answered request. Default: no logging. */
  log?: (entry: IntakeLogEntry) => void;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A WHATWG fetch handler: give it a `Request`, get a `Response`.
 * @public
 */
export type IntakeHandler = (request: Request, env?: unknown) => Promise<Response>;

/**
 * The answer to a stored (or replayed) request: `201 { id, reference, status }`.
 * @public
 */
export interface CreatedBody {
  /** Id of the stored request (UUID). */
  id: string;
  /** Human reference, e.g. `NPO-2026-000123`. */
  reference: string;
  /** Always `submitted`: the state the request was stored in. */
  status: 'submitted';
}

function defaultClientAddress(_request: Request, env: unknown): string | undefined {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

/**
 * Creates the intake's fetch handler (built with Hono): the public `POST /api/requests`, the admin API,
 * `GET /api/openapi.json` and `GET /healthz`.
 *
 * @example
 * ```ts
 * const store = await openSqliteStore({ filename: 'intake.db' });
 * const handler = createIntakeHandler({ store, adminToken: process.env.NPO_INTAKE_ADMIN_TOKEN });
 * const response = await handler(new Request('http://localhost/healthz'));
 * ```
 * @public
 */
export function createIntakeHandler(options: IntakeHandlerOptions): IntakeHandler {
  const { store } = options;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const now = options.now ?? (() => new Date());
  const postLimiter = new RateLimiter(options.rateLimit ?? 60);
  // Failed admin logins are limited separately (and always), so the token cannot be guessed quickly.
  const authFailureLimiter = new RateLimiter(20);
  const clientAddress = options.clientAddress ?? defaultClientAddress;
  const log = options.log;
  let openApi: unknown;

  const app = new Hono<AppEnv>();
  if (log) app.use(accessLog(log));
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
      exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('/api/*', noStore);

  const deps: RouteDeps = {
    store,
    allowedOrigins,
    postLimiter,
    clientAddress,
    eligibilityData: options.eligibilityData,
    now,
    jsonBody,
    limitBody: bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problem(c, 413, 'payload-too-large') }),
    admin: adminAuth(options.adminToken, authFailureLimiter, clientAddress),
  };

  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return c.json({ status: 'ok', store: store.dialect });
    } catch {
      return c.json({ status: 'unavailable', store: store.dialect }, 503);
    }
  });

  app.get('/api/openapi.json', (c) => {
    openApi ??= buildOpenApiDocument();
    return c.json(openApi);
  });

  registerSubmitRoute(app, deps);
  registerAdminRoutes(app, deps);

  app.notFound((c) => problem(c, 404, 'not-found'));
  app.onError((_error, c) => {
    // The error itself may quote request data; log only that it happened.
    c.set('note', 'internal-error');
    return problem(c, 500, 'internal-error');
  });

  return async (request, env) => app.fetch(request, env);
}
