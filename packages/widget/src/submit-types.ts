import type { FieldError } from './domain-types.js';

/**
 * Why a submission failed, as reported in the `npo-submit-error` event. `busy`: the endpoint
 * answered 429 and asked for a longer wait than the widget waits by itself. @public
 */
export type SubmitErrorReason = 'network' | 'timeout' | 'server' | 'busy' | 'rejected' | 'invalid';

/** What one submission came to: stored, field errors from the endpoint, or a failure. */
export type SubmitOutcome =
  | { kind: 'ok'; id: string; reference: string; status: string }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'failed'; reason: Exclude<SubmitErrorReason, 'invalid' | 'busy'> }
  /** HTTP 429: try again after `retryAfter` seconds, with the same key. */
  | { kind: 'busy'; retryAfter: number };

/** How patiently a submission is sent. */
export interface SubmitSettings {
  /** Milliseconds before one attempt is abandoned. */
  timeout: number;
  /** Retries after the first attempt (network errors, timeouts and 5xx only). */
  retries: number;
  /** Base delay in milliseconds, doubled per retry. */
  retryDelay: number;
  /** The longest `Retry-After` (seconds) of a 429 that is waited out without asking the visitor. */
  maxAutoWait?: number;
}
