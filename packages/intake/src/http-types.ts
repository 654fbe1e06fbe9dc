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
