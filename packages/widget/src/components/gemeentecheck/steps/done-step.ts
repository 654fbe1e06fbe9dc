import type { TemplateResult } from 'lit';
import { html, nothing } from './from-entry.js';
import type { SummaryRow } from '../../../request-summary.js';
import { heading, type StepBase } from './parts.js';
import { summaryList } from './summary-list.js';

/** What the last step (request sent) shows and calls. */
export interface DoneStepView extends StepBase {
  /** The endpoint's reference for the request; null when there is none to show. */
  reference: string | null;
  /** What was sent, in words (kept in memory only, for printing). */
  sent: readonly SummaryRow[];
  startOver(): void;
}

/** Step 7: the confirmation with the reference and a printable summary of what was sent. */
export function doneStep(view: DoneStepView): TemplateResult {
  const t = view.t;
  return html`
    ${heading(t.doneHeading)}
    <p>${t.doneText}</p>
    ${view.reference !== null
      ? html`<p>${t.referenceLabel}:</p>
          <p class="reference" part="reference">${view.reference}</p>
          <p>${t.doneNext}</p>`
      : nothing}
    ${view.sent.length > 0 ? html`<h3>${t.sentSummaryHeading}</h3>${summaryList(view.sent)}` : nothing}
    <div class="actions">
      <button type="button" part="button" @click=${view.startOver}>${t.startOver}</button>
      ${view.sent.length > 0 ? html`<button type="button" part="button" @click=${() => window.print()}>${t.print}</button>` : nothing}
    </div>
  `;
}
