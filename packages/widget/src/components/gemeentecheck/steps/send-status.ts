// The end of the check step: what sending came to (a failure with a way forward, the prepared
// e-mail) and the buttons. Kept apart from the fields so each can change on its own.
import type { TemplateResult } from 'lit';
import { html, nothing, submitErrorText } from './from-entry.js';
import type { WidgetMessages } from '../../../messages/index.js';
import type { RequestFlow } from '../../../request-flow.js';
import { contactBlock } from './contact-block.js';
import { backButton, type StepBase } from './parts.js';

type SendView = StepBase & { request: Pick<RequestFlow, 'submitError' | 'retryAfter' | 'mailto' | 'submitting' | 'send' | 'handleMailHandOff'> };

/** The e-mail with the entered data, as a link; opening it hands the data over (see the draft's privacy). */
const mailLink = (t: WidgetMessages, view: SendView, text: string, primary: boolean): TemplateResult =>
  html`<a
    id="mailto-link"
    class=${primary ? 'button primary' : ''}
    part=${primary ? 'button button-primary' : nothing}
    href=${view.request.mailto ?? ''}
    @click=${view.request.handleMailHandOff}
    >${text}</a
  >`;

/**
 * A failed send: what happened without blaming the visitor, a retry with the same key after a
 * 429, and the e-mail with everything entered so far. It takes focus when it appears.
 */
export function sendFailure(view: SendView & { endpoint: string | undefined }): TemplateResult | typeof nothing {
  const { t, request } = view;
  // Field errors from the endpoint: the fields say what to fix, and the e-mail is there as well.
  if (request.submitError === null) return request.mailto && view.endpoint ? html`<p>${mailLink(t, view, t.mailInstead, false)}</p>` : nothing;
  return html`<div class="alert" id="submit-error" tabindex="-1" part="error-summary">
    <p>${submitErrorText(t, request.submitError, request.retryAfter)}</p>
    ${request.submitError === 'busy'
      ? html`<p><button type="button" part="button" @click=${request.send} aria-disabled=${request.submitting ? 'true' : 'false'}>${t.retry}</button></p>`
      : nothing}
    ${request.mailto ? html`<p>${mailLink(t, view, t.mailInstead, false)}</p>` : nothing}
  </div>`;
}

/**
 * The buttons under the check of the answers. Without an endpoint, once the e-mail is prepared its link is the one
 * way forward and replaces the submit button (one button, not two alike).
 */
export function sendActions(view: SendView & { endpoint: string | undefined }): TemplateResult {
  const { t, request } = view;
  const mailReady = !view.endpoint && request.mailto !== null;
  const busy = request.submitting;
  return html`${mailReady
      ? html`<div class="panel">
          <p>${t.mailHint}</p>
          <p>${mailLink(t, view, t.submitMail, true)}</p>
        </div>
        ${contactBlock(t, view.settings.contact)}`
      : nothing}
    <div class="actions">
      ${backButton(view, 'form')}
      ${mailReady
        ? nothing
        : html`<button type="submit" class="primary" part="button button-primary" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? t.submitting : view.endpoint ? t.submit : t.submitMail}
          </button>`}
    </div>`;
}
