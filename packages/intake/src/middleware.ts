import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.js';
import { bearerToken, hashToken, tokenMatches, tokenPattern } from './auth.js';
import type { IntakeLogEntry } from './http-types.js';
import { bootstrapPrincipal, type Principal, userPrincipal } from './principal.js';
import { problem } from './problems.js';
import type { RateLimiter } from './rate-limit.js';
import type { IntakeStore } from './store/types.js';

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

/** Staff answers hold personal data; nothing under /api is worth caching anyway. */
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

/** What {@link signedIn} needs. */
export interface SignInOptions {
  /** The bootstrap and emergency token (coordinator rights), if configured. */
  bootstrapToken: string | undefined;
  store: IntakeStore;
  /** Counts failed sign-ins per client bucket. */
  failures: RateLimiter;
  bucket: (request: Request, env: unknown) => string;
  address: (request: Request, env: unknown) => string | undefined;
  now: () => Date;
}

/**
 * Bearer-token sign-in: a personal token (looked up by its SHA-256 hash) or the bootstrap token
 * (compared in constant time). Sets `principal`; 401 otherwise (audited), 429 after too many failures
 * from one client.
 */
export function signedIn(options: SignInOptions): MiddlewareHandler<AppEnv> {
  const { bootstrapToken, store, failures, now } = options;
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    let principal: Principal | undefined;
    if (token !== undefined && tokenPattern.test(token)) {
      if (bootstrapToken !== undefined && tokenMatches(token, bootstrapToken)) principal = bootstrapPrincipal;
      else {
        const user = await store.userByTokenHash(hashToken(token));
        if (user) principal = userPrincipal(user);
      }
    }
    if (principal) {
      c.set('principal', principal);
      return next();
    }
    c.header('WWW-Authenticate', 'Bearer');
    const wait = failures.hit(options.bucket(c.req.raw, c.env));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'rate-limited');
    }
    // Failed sign-ins are few (the limiter above), so each one is audited; a failing audit must not
    // turn a refusal into a server error.
    await store
      .audit([
        {
          at: now().toISOString(),
          actor: 'anonymous',
          action: 'sign-in-failed',
          requestId: null,
          clientAddress: options.address(c.req.raw, c.env) ?? null,
        },
      ])
      .catch(() => undefined);
    return problem(c, 401, 'unauthorized');
  };
}

/** 403 unless the signed-in person is a coordinator (or the bootstrap token). */
export const coordinatorOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('principal')?.role !== 'coordinator') return problem(c, 403, 'forbidden');
  await next();
};
