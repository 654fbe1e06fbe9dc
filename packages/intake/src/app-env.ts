import type { MiddlewareHandler } from 'hono';
import type { EligibilityDataSource } from './eligibility-check.js';
import type { Principal } from './principal.js';
import type { RateLimiter } from './rate-limit.js';
import type { LiveSession } from './sessions.js';
import type { SignInOptions } from './middleware.js';
import type { IntakeStore, OutboxKind } from './store/types.js';

/** Hono environment of the intake app: what middleware hands on to the routes and the access log. */
export type AppEnv = {
  Variables: { requestId?: string; note?: string; principal?: Principal; session?: LiveSession };
};

/** What the route modules need from `createIntakeHandler`. */
export interface RouteDeps {
  store: IntakeStore;
  allowedOrigins: ReadonlySet<string>;
  postLimiter: RateLimiter;
  /** The client address (after trusted proxies), or undefined when unknown. */
  clientAddress: (request: Request, env: unknown) => string | undefined;
  /** The rate-limit bucket of a client: its address, or its /64 network for IPv6. */
  clientBucket: (request: Request, env: unknown) => string;
  eligibilityData: EligibilityDataSource | undefined;
  now: () => Date;
  /** Messages to queue with each new request, and a nudge for the worker once they are committed. */
  outbox: { kinds: readonly OutboxKind[]; wake: () => void } | undefined;
  /** 415 unless the body is JSON. */
  jsonBody: MiddlewareHandler<AppEnv>;
  /** 413 over the size limit (Hono's bodyLimit), with `Connection: close`. */
  limitBody: MiddlewareHandler;
  /** 401/429 unless the bearer token belongs to a person (or is the bootstrap token); sets `principal`. */
  signedIn: MiddlewareHandler<AppEnv>;
  /** What sign-in by token and by session needs. */
  signIn: SignInOptions;
  /** 403 unless the signed-in person is a coordinator. */
  coordinator: MiddlewareHandler<AppEnv>;
}
