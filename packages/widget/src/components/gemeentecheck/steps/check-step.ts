import type { TemplateResult } from 'lit';
import { html } from './from-entry.js';
import type { RequestFlow } from '../../../request-flow.js';
import { requestSummary, type SummarySource } from '../../../request-summary.js';
import { sendActions, sendFailure } from './send-status.js';
import { heading, type StepBase } from './parts.js';
import { summaryList } from './summary-list.js';

/** What step 6 (check your answers) shows and calls. */
export interface CheckStepView extends StepBase, Omit<SummarySource, 't' | 'language'> {
  request: Pick<RequestFlow, 'checked' | 'submitError' | 'retryAfter' | 'mailto' | 'submitting' | 'handleSend' | 'send' | 'handleMailHandOff'>;
}

/**
 * Step 6: every answer with a "Wijzigen" link, then sending (or the e-mail without an endpoint).
 * A failed send is shown here, with the way forward; field errors from the endpoint reopen the form.
 */
export function checkStep(view: CheckStepView): TemplateResult {
  const { t, request } = view;
  const endpoint = view.settings.endpoint;
  const rows = request.checked ? requestSummary(request.checked, view) : [];
  return html`
    ${heading(t.checkHeading)}
    <p>${t.checkIntro}</p>
    ${summaryList(rows, view)}
    <form part="form" novalidate @submit=${request.handleSend}>
      ${sendFailure({ ...view, endpoint })} ${sendActions({ ...view, endpoint })}
    </form>
  `;
}
