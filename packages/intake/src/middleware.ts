import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.js';
import { bearerToken, hashToken, tokenMatches, tokenPattern } from './auth.js';
import type { IntakeLogEntry } from './http-types.js';
import { bootstrapPrincipal, type Principal, userPrincipal } from './principal.js';
import { problem } from './problems.js';
import type { RateLimiter } from './rate-limit.js';
import { fromThisSite, hasSessionCookie, clearSessionCookie, type SessionPolicy, sessionOf } from './sessions.js';
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
  sessions: SessionPolicy;
}

/** The person a token belongs to: a personal token (by its SHA-256 hash) or the bootstrap token (constant time). */
export async function principalOfToken(
  token: string | undefined,
  options: Pick<SignInOptions, 'bootstrapToken' | 'store'>,
): Promise<{ principal: Principal; userId: string | null } | undefined> {
  if (token === undefined || !tokenPattern.test(token)) return undefined;
  if (options.bootstrapToken !== undefined && tokenMatches(token, options.bootstrapToken)) {
    return { principal: bootstrapPrincipal, userId: null };
  }
  const user = await options.store.userByTokenHash(hashToken(token));
  return user ? { principal: userPrincipal(user), userId: user.id } : undefined;
}

/** The answer to a failed sign-in: 429 after too many from one client, else 401, audited. */
export async function refuseSignIn(c: Context<AppEnv>, options: SignInOptions): Promise<Response> {
  const wait = options.failures.hit(options.bucket(c.req.raw, c.env));
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    return problem(c, 429, 'rate-limited');
  }
  // Failed sign-ins are few (the limiter above), so each one is audited; a failing audit must not
  // turn a refusal into a server error.
  await options.store
    .audit([
      {
        at: options.now().toISOString(),
        actor: 'anonymous',
        action: 'sign-in-failed',
        requestId: null,
        clientAddress: options.address(c.req.raw, c.env) ?? null,
      },
    ])
    .catch(() => undefined);
  return problem(c, 401, 'unauthorized');
}

/**
 * Sign-in by bearer token (a personal token or the bootstrap token) or, without an Authorization
 * header, by the session cookie; a cookie-signed change must come from this site (else 403). Sets
 * `principal`; 401 otherwise (audited for tokens), 429 after too many failures from one client.
 */
export function signedIn(options: SignInOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header === undefined && hasSessionCookie(c)) {
      const session = await sessionOf(c, options.sessions);
      if (session) {
        if (!fromThisSite(c)) return problem(c, 403, 'cross-site');
        c.set('principal', session.principal);
        c.set('session', session);
        return next();
      }
      // An ended session is no failed sign-in: the browser only has to sign in again.
      clearSessionCookie(c);
      return problem(c, 401, 'unauthorized');
    }
    const found = await principalOfToken(bearerToken(header), options);
    if (found) {
      c.set('principal', found.principal);
      return next();
    }
    c.header('WWW-Authenticate', 'Bearer');
    return refuseSignIn(c, options);
  };
}

/** 403 unless the signed-in person is a coordinator (or the bootstrap token). */
export const coordinatorOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('principal')?.role !== 'coordinator') return problem(c, 403, 'forbidden');
  await next();
};
