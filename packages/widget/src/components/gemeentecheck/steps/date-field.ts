import { html, nothing, type TemplateResult } from 'lit';
import { datePartNames, type DateParts } from '../../../date-parts.js';
import type { WidgetMessages } from '../../../messages/index.js';
import { describedBy, fieldError } from './parts.js';

/** What a date field shows: its name, label, value and error. */
export interface DateFieldView {
  t: WidgetMessages;
  /** The form field; the inputs are named `<field>.day`, `.month` and `.year`. */
  field: string;
  legend: string;
  value: DateParts;
  error: string | undefined;
  optional: boolean;
  /** An example date for the hint, in the future (`[day, month, year]`). */
  example: readonly [number, number, number];
}

/**
 * A date as three text fields in a fieldset (day, month, year), the NL Design System and GOV.UK
 * pattern: no calendar popup, every part reachable and labelled, numbers from the numeric keypad.
 */
export function dateField(view: DateFieldView): TemplateResult {
  const { t, field, error } = view;
  const id = `f-${field}`;
  const labels = { day: t.dayLabel, month: t.monthLabel, year: t.yearLabel };
  return html`<fieldset id=${id} class="date ${error !== undefined ? 'has-error' : ''}" aria-describedby=${describedBy(`${id}-hint`, error !== undefined && `${id}-error`)}>
    <legend>${view.legend}${view.optional ? html` <span class="hint-inline">${t.optional}</span>` : nothing}</legend>
    <span class="hint" id="${id}-hint">${t.preferredStartHint(...view.example)}</span>
    ${fieldError(id, error)}
    <div class="date-parts">
      ${datePartNames.map(
        (part) => html`<div class="date-part ${part}">
          <label for="${id}-${part}">${labels[part]}</label>
          <input
            id="${id}-${part}"
            name="${field}.${part}"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength=${part === 'year' ? 4 : 2}
            aria-invalid=${error !== undefined ? 'true' : 'false'}
            .value=${view.value[part]}
          />
        </div>`,
      )}
    </div>
  </fieldset>`;
}

/** An example start date for the hint: the first of the month after next, so it is always in the future. */
export function exampleStart(now = new Date()): [number, number, number] {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  return [1, date.getUTCMonth() + 1, date.getUTCFullYear()];
}
