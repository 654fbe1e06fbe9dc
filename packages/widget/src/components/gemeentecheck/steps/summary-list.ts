// The request's answers as a summary list (the GOV.UK "check your answers" pattern): on the check
// step with a change link per answer, on the confirmation without.
import type { TemplateResult } from 'lit';
import { html, nothing } from './from-entry.js';
import type { SummaryRow } from '../../../request-summary.js';
import type { StepId } from '../../../controllers/step-navigation.js';
import { fieldElementId, type StepBase } from './parts.js';

/** Where a change link goes: the step, the id its link names, and what takes focus there. */
function changeTarget(field: SummaryRow['field']): { step: StepId; id: string; focus: string } {
  if (field === 'municipality') return { step: 'municipality', id: 'municipality-input', focus: '#municipality-input' };
  // The questions' first answer, whichever question comes first.
  if (field === 'questions') return { step: 'questions', id: 'questions-form', focus: '#questions-form input' };
  const id = fieldElementId(field);
  return { step: 'form', id, focus: `#${id}` };
}

/** The answers; with `view` each has a "Wijzigen" link that opens its field (the form leads back here). */
export function summaryList(rows: readonly SummaryRow[], view?: StepBase): TemplateResult {
  const change = (row: SummaryRow) => (event: Event) => {
    event.preventDefault();
    const { step, focus } = changeTarget(row.field);
    view?.go(step, focus);
  };
  return html`<dl class="summary" part="summary">
    ${rows.map(
      (row) => html`<div class="summary-row">
        <dt>${row.label}</dt>
        <dd>${row.value}</dd>
        ${view
          ? html`<dd class="summary-change">
              <a href="#${changeTarget(row.field).id}" @click=${change(row)}
                >${view.t.change}<span class="visually-hidden"> ${row.label}</span></a
              >
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}
