import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, RouteDeps } from './app-env.js';
import { tokenPattern } from './auth.js';
import { normalizeAddress, rateLimitBucket } from './client-address.js';
import { corsPolicies } from './cors.js';
import type { EligibilityDataSource } from './eligibility-check.js';
import type { IntakeLogEntry } from './http-types.js';
import { accessLog, coordinatorOnly, jsonBody, noStore, type SignInOptions, signedIn } from './middleware.js';
import { buildOpenApiDocument } from './openapi.js';
import { problem } from './problems.js';
import { RateLimiter } from './rate-limit.js';
import { registerAuditRoutes } from './routes/audit.js';
import { meView, registerSessionRoutes } from './routes/session.js';
import { principalOf } from './routes/shared.js';
import { registerStatsRoutes } from './routes/stats.js';
import { isWorkspacePath, registerWorkspaceRoutes, workspaceHeaders } from './workspace-files.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerRequestRoutes } from './routes/requests.js';
import { registerSubjectRoutes } from './routes/subjects.js';
import { registerSubmitRoute } from './routes/submit.js';
import type { IntakeStore, OutboxKind } from './store/types.js';

export type { IntakeLogEntry } from './http-types.js';
export type { CreatedBody } from './http-contract.js';

/**
 * Options for {@link createIntakeHandler}.
 * @public
 */
export interface IntakeHandlerOptions {
  /** Where requests are stored (see `openSqliteStore`, `openPostgresStore`). */
  store: IntakeStore;
  /**
   * Bootstrap and emergency token with coordinator rights (at least 32 characters), audited as
   * `bootstrap`. Staff sign in with personal tokens (`npo-intake users add`); this one is for the first
   * start and for emergencies.
   */
  adminToken?: string;
  /** Origins (e.g. `https://www.gemeente.nl`) allowed to post requests from a browser. */
  allowedOrigins?: readonly string[];
  /** Origins allowed to use the staff API from a browser (e.g. a workspace on another host). Default none. */
  adminAllowedOrigins?: readonly string[];
  /** Posts per minute per client (IPv6: per /64); 0 turns the limit off. Default 60. */
  rateLimit?: number;
  /** Largest accepted body in bytes. Default 32768. */
  maxBodyBytes?: number;
  /** The server's own figures for the eligibility re-check. Default: `@npo-gemeenten/data`. */
  eligibilityData?: EligibilityDataSource;
  /** Client address for rate limiting and the audit log. Default: the socket address from `@hono/node-server`. */
  clientAddress?: (request: Request, env: unknown) => string | undefined;
  /** Receives one entry per answered request. Default: no logging. */
  log?: (entry: IntakeLogEntry) => void;
  /**
   * Messages to queue in the outbox with every new request (in the same transaction), and `wake`, called
   * once they are committed so a worker delivers them at once. `startIntakeServer` sets this from its
   * `outbox` option. Default: none.
   */
  outbox?: { kinds: readonly OutboxKind[]; wake: () => void };
  /**
   * Minutes of inactivity after which a browser session (`POST /api/session`) ends. Default 30; a
   * session ends 12 hours after sign-in in any case.
   */
  sessionIdleMinutes?: number;
  /**
   * The built workspace (the `dist` folder of `@npo-gemeenten/workspace`) to serve at `/admin/`, with a
   * strict CSP; `null` answers `/admin/` with a message that the workspace is not installed. Default:
   * no `/admin` (the CLI finds the installed package unless `--no-workspace`).
   */
  workspaceDir?: string | null;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A WHATWG fetch handler: give it a `Request`, get a `Response`.
 * @public
 */
export type IntakeHandler = (request: Request, env?: unknown) => Promise<Response>;

function defaultClientAddress(_request: Request, env: unknown): string | undefined {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return normalizeAddress(incoming?.socket?.remoteAddress);
}

/**
 * Creates the intake's fetch handler (built with Hono): the public `POST /api/requests`, the staff API,
 * `GET /api/openapi.json`, `GET /healthz` (liveness) and `GET /readyz` (readiness).
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
  if (options.adminToken !== undefined && !tokenPattern.test(options.adminToken)) {
    throw new TypeError(
      'adminToken must be 32 to 512 visible ASCII characters without spaces (e.g. `openssl rand -hex 32`)',
    );
  }
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024;
  const now = options.now ?? (() => new Date());
  const postLimiter = new RateLimiter(options.rateLimit ?? 60);
  // Failed sign-ins are limited separately (and always), so a token cannot be guessed quickly.
  const authFailureLimiter = new RateLimiter(20);
  const clientAddress = options.clientAddress ?? defaultClientAddress;
  const clientBucket = (request: Request, env: unknown) => rateLimitBucket(clientAddress(request, env));
  const log = options.log;
  let openApi: unknown;

  const app = new Hono<AppEnv>();
  if (log) app.use(accessLog(log));
  const apiHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
  });
  app.use((c, next) => (isWorkspacePath(c.req.path) ? workspaceHeaders(c, next) : apiHeaders(c, next)));
  app.use('/api/*', corsPolicies(allowedOrigins, new Set(options.adminAllowedOrigins ?? [])));
  app.use('/api/*', noStore);

  const sessionIdleMinutes = options.sessionIdleMinutes ?? 30;
  if (!Number.isInteger(sessionIdleMinutes) || sessionIdleMinutes < 1 || sessionIdleMinutes > 720) {
    throw new TypeError('sessionIdleMinutes must be a whole number from 1 to 720');
  }
  const signIn: SignInOptions = {
    bootstrapToken: options.adminToken,
    store,
    failures: authFailureLimiter,
    bucket: clientBucket,
    address: clientAddress,
    now,
    sessions: { store, idleMs: sessionIdleMinutes * 60_000, now, bootstrapEnabled: options.adminToken !== undefined },
  };
  const deps: RouteDeps = {
    store,
    allowedOrigins,
    postLimiter,
    clientAddress,
    clientBucket,
    eligibilityData: options.eligibilityData,
    now,
    outbox: options.outbox,
    jsonBody,
    limitBody: bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => {
        // The rest of the body is not read: the connection cannot carry another request after this one.
        c.header('Connection', 'close');
        return problem(c, 413, 'payload-too-large');
      },
    }),
    signedIn: signedIn(signIn),
    signIn,
    coordinator: coordinatorOnly,
  };

  // Liveness: the process answers. Readiness (below) asks the store.
  app.get('/healthz', (c) => c.json({ status: 'ok', store: store.dialect }));

  app.get('/readyz', async (c) => {
    try {
      await store.ready();
      return c.json({ status: 'ready', store: store.dialect });
    } catch {
      c.set('note', 'store-not-ready');
      return c.json({ status: 'not-ready', store: store.dialect }, 503);
    }
  });

  app.get('/api/openapi.json', (c) => {
    openApi ??= buildOpenApiDocument();
    return c.json(openApi);
  });

  registerSubmitRoute(app, deps);
  app.get('/api/me', deps.signedIn, (c) => c.json(meView(principalOf(c))));
  registerSessionRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerRequestRoutes(app, deps);
  registerSubjectRoutes(app, deps);
  registerAuditRoutes(app, deps);
  if (options.workspaceDir !== undefined) registerWorkspaceRoutes(app, options.workspaceDir);

  app.notFound((c) => problem(c, 404, 'not-found'));
  app.onError((_error, c) => {
    // The error itself may quote request data; log only that it happened.
    c.set('note', 'internal-error');
    return problem(c, 500, 'internal-error');
  });

  return async (request, env) => app.fetch(request, env);
}
