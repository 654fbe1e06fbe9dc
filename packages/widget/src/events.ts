import type { SubmitErrorReason } from './submit-types.js';

/** Detail of the `npo-submitted` event. @public */
export interface SubmittedDetail {
  /** The reference the endpoint returned, to show to the visitor. */
  reference: string;
  /** The endpoint's id of the stored request. */
  id: string;
}

/** Detail of the `npo-submit-error` event. @public */
export interface SubmitErrorDetail {
  /** Why sending failed; with `invalid` the field errors are shown in the form. */
  reason: SubmitErrorReason;
}

/** Fires a widget event that bubbles out of the shadow root, so the host page can listen anywhere above it. */
export function emit<T>(host: EventTarget, type: string, detail: T): void {
  host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
