import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why a submission failed, as reported in the `npo-submit-error` event. @public */
export type SubmitErrorReason = 'network' | 'timeout' | 'server' | 'rejected' | 'invalid';

/** A field error as the endpoint returns it in a 4xx body `{ errors }`. */
export interface ServerFieldError {
  path: string;
  code: string;
  message: { nl: string; en: string };
}

export type SubmitOutcome =
  | { kind: 'ok'; id: string; reference: string; status: string }
  | { kind: 'invalid'; errors: ServerFieldError[] }
  | { kind: 'failed'; reason: Exclude<SubmitErrorReason, 'invalid'> };

export interface SubmitSettings {
  /** Milliseconds before one attempt is abandoned. */
  timeout: number;
  /** Retries after the first attempt (network errors, timeouts and 5xx only). */
  retries: number;
  /** Base delay in milliseconds, doubled per retry. */
  retryDelay: number;
}

/**
 * Tracks a submission for the element (busy state for the button). The network code itself
 * (POST, timeout, retries) loads on the first submit, so it adds nothing to the first load.
 */
export class SubmissionController implements ReactiveController {
  submitting = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the network code ahead of the first submit, while the visitor fills in the form. */
  prepare(): void {
    import('./submission-request.js').catch(() => undefined);
  }

  async submit(endpoint: string, body: unknown, idempotencyKey: string, settings: SubmitSettings): Promise<SubmitOutcome> {
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const { sendRequest } = await import('./submission-request.js');
      return await sendRequest(endpoint, body, idempotencyKey, settings);
    } catch {
      // The network code itself could not be loaded: the same as no connection.
      return { kind: 'failed', reason: 'network' };
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }
}
