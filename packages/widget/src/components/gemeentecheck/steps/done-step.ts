import type { TemplateResult } from 'lit';
import { html, nothing } from './from-entry.js';
import { heading, type StepBase } from './parts.js';

/** What the last step (request sent) shows and calls. */
export interface DoneStepView extends StepBase {
  /** The endpoint's reference for the request; null when there is none to show. */
  reference: string | null;
  startOver(): void;
}

/** Step 6: the confirmation with the reference. */
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
    <div class="actions">
      <button type="button" part="button" @click=${view.startOver}>${t.startOver}</button>
    </div>
  `;
}
