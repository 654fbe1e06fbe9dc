import type { MiddlewareHandler } from 'hono';
import type { EligibilityDataSource } from './eligibility-check.js';
import type { RateLimiter } from './rate-limit.js';
import type { IntakeStore } from './store/types.js';

/** Hono environment of the intake app: what middleware hands on to the access log. */
export type AppEnv = { Variables: { requestId?: string; note?: string } };

/** What the route modules need from `createIntakeHandler`. */
export interface RouteDeps {
  store: IntakeStore;
  allowedOrigins: ReadonlySet<string>;
  postLimiter: RateLimiter;
  clientAddress: (request: Request, env: unknown) => string | undefined;
  eligibilityData: EligibilityDataSource | undefined;
  now: () => Date;
  /** 415 unless the body is JSON. */
  jsonBody: MiddlewareHandler<AppEnv>;
  /** 413 over the size limit (Hono's bodyLimit). */
  limitBody: MiddlewareHandler;
  /** 401/403/429 unless the bearer token is right. */
  admin: MiddlewareHandler<AppEnv>;
}
