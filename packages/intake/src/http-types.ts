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
