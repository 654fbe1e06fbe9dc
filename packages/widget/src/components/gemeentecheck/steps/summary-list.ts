// The request's answers as a summary list (the GOV.UK "check your answers" pattern): on the check
// step with a change link per answer, on the confirmation without.
import type { TemplateResult } from 'lit';
import { html, nothing } from './from-entry.js';
import type { SummaryRow } from '../../../request-summary.js';
import type { StepId } from '../../../controllers/step-navigation.js';
import type { StepBase } from './parts.js';

/** Where a change link goes: the step, the element that takes focus there, and the link's fragment. */
function changeTarget(field: SummaryRow['field']): [StepId, string, string] {
  if (field === 'municipality') return ['municipality', '#municipality-input', 'municipality-input'];
  // The first answer of the questions, whichever question comes first.
  if (field === 'questions') return ['questions', '#questions-form input', 'questions-form'];
  const group = ['supportTypes', 'planPhases', 'partners', 'preferredForm', 'preferredIntensity'].includes(field);
  const id = group ? `f-${field}-0` : field === 'preferredStart' ? 'f-preferredStart-day' : `f-${field}`;
  return ['form', `#${id}`, id];
}

/** The answers; with `view` each has a "Wijzigen" link that opens its field (the form leads back here). */
export function summaryList(rows: readonly SummaryRow[], view?: StepBase): TemplateResult {
  const change = (row: SummaryRow) => (event: Event) => {
    event.preventDefault();
    const [step, focus] = changeTarget(row.field);
    view?.go(step, focus);
  };
  return html`<dl class="summary" part="summary">
    ${rows.map(
      (row) => html`<div class="summary-row">
        <dt>${row.label}</dt>
        <dd>${row.value}</dd>
        ${view
          ? html`<dd class="summary-change">
              <a href="#${changeTarget(row.field)[2]}" @click=${change(row)}
                >${view.t.change}<span class="visually-hidden"> ${row.label}</span></a
              >
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}
