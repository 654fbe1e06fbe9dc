// Template pieces several steps share. Ids and parts are part of the widget's contract
// (tests, host styling), so they are built here in one way only.
import type { TemplateResult } from 'lit';
import { describedBy, html, nothing } from './from-entry.js';

// Step 1 needs these too, so they live in the first file (see basics.ts).
export { describedBy, heading, nextButton, problem } from './from-entry.js';
import type { StepId } from '../../../controllers/step-navigation.js';
import type { HostContact } from '../../../host-contact.js';
import type { OfferStatus } from '../../../offer-status.js';
import type { Catalogue } from '../../../domain-types.js';
import type { ShownError } from '../../../field-errors.js';
import type { FormState } from '../../../form.js';
import type { WidgetLanguage, WidgetMessages } from '../../../messages/index.js';

/** The host's settings a step reads (the element's own attributes). */
export interface HostSettings {
  readonly endpoint: string | undefined;
  readonly contactEmail: string | undefined;
  readonly privacyUrl: string | undefined;
  /** Whether the offer takes requests (the host's `offer-status`, else the offer period and today). */
  readonly offer: OfferStatus;
  /** The host's contact person, with the parts that are valid. */
  readonly contact: HostContact;
}

/** What every step gets: the texts, the language, the host's settings and the way to another step. */
export interface StepBase {
  t: WidgetMessages;
  language: WidgetLanguage;
  settings: HostSettings;
  /** Shows a step; its heading takes focus, or the element a selector names. */
  go(step: StepId, focus?: string): void;
}

/** What the steps with errors get besides. */
export interface FormStepBase extends StepBase {
  /** The text of an error (the host's override first). */
  errorText(error: ShownError): string;
}

/** How the request form's helpers read a field: its value, its worded error and catalogue labels. */
export interface FieldSource {
  t: WidgetMessages;
  language: WidgetLanguage;
  form: FormState;
  /** The worded error of a field, or undefined when it has none. */
  error(field: keyof FormState): string | undefined;
  /** A catalogue label (the host's override first). */
  labelFor(id: string, catalogue: Catalogue): string;
}

/**
 * The element a form field is reached by (an error-summary link, a change link): the input, a
 * group's first option, or the day of a date.
 */
export function fieldElementId(field: keyof FormState): string {
  if (field === 'preferredStart') return 'f-preferredStart-day';
  const group = ['supportTypes', 'planPhases', 'partners', 'preferredForm', 'preferredIntensity'].includes(field);
  return group ? `f-${field}-0` : `f-${field}`;
}

/** The button back to the step before. */
export const backButton = (view: StepBase, step: StepId): TemplateResult =>
  html`<button type="button" part="button" @click=${() => view.go(step)}>${view.t.back}</button>`;

/** Radio buttons for one answer. */
export function radioGroup(
  name: string,
  legend: string,
  options: ReadonlyArray<readonly [string, string]>,
  value: string,
  hint?: string,
): TemplateResult {
  return html`<fieldset aria-describedby=${hint ? `${name}-hint` : nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
    ${options.map(
      ([optionValue, label]) => html`<div class="choice">
        <input type="radio" id="${name}-${optionValue}" name=${name} value=${optionValue} .checked=${value === optionValue} />
        <label for="${name}-${optionValue}">${label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** The error text beside a field, under the id its `aria-describedby` names. */
export const fieldError = (id: string, text: string | undefined): TemplateResult | typeof nothing =>
  text === undefined ? nothing : html`<span class="error-text" id="${id}-error">${text}</span>`;

/** Checkboxes or radio buttons for a catalogue (support types, plan phases, partners). */
export function choiceGroup(
  source: FieldSource,
  field: 'supportTypes' | 'planPhases' | 'partners' | 'preferredForm' | 'preferredIntensity',
  legend: string,
  items: Catalogue,
  type: 'checkbox' | 'radio',
  hint?: string,
  /** The full description under each option's label (the source text's wording), when given. */
  describe?: (id: string) => string,
): TemplateResult {
  const error = source.error(field);
  const value = source.form[field];
  const id = `f-${field}`;
  const described = describedBy(hint && `${id}-hint`, error !== undefined && `${id}-error`);
  return html`<fieldset id=${id} class=${error !== undefined ? 'has-error' : ''} aria-describedby=${described || nothing} aria-invalid=${error !== undefined ? 'true' : 'false'}>
    <legend>${legend}</legend>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${fieldError(id, error)}
    ${items.map(
      (item, i) => html`<div class="choice">
        <input
          type=${type}
          id="${id}-${i}"
          name=${field}
          value=${item.id}
          .checked=${Array.isArray(value) ? value.includes(item.id) : value === item.id}
          aria-describedby=${describe ? `${id}-${i}-description` : nothing}
        />
        <label for="${id}-${i}">${source.labelFor(item.id, items)}</label>
        ${describe ? html`<span class="hint" id="${id}-${i}-description">${describe(item.id)}</span>` : nothing}
      </div>`,
    )}
  </fieldset>`;
}

/** A one-line text input with its label, hint and error. */
export function textField(
  source: FieldSource,
  field: 'name' | 'role' | 'email' | 'phone' | 'partnersOther' | 'supportTypeOther',
  label: string,
  options: { type?: string; autocomplete?: string; hint?: string; optional?: boolean } = {},
): TemplateResult {
  const error = source.error(field);
  const id = `f-${field}`;
  const described = describedBy(options.hint && `${id}-hint`, error !== undefined && `${id}-error`);
  return html`<div class="field ${error !== undefined ? 'has-error' : ''}">
    <label for=${id}>${label}${options.optional ? html` <span class="hint-inline">${source.t.optional}</span>` : nothing}</label>
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    ${fieldError(id, error)}
    <input
      id=${id}
      name=${field}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? 'off'}
      aria-describedby=${described || nothing}
      aria-invalid=${error !== undefined ? 'true' : 'false'}
      ?required=${!options.optional}
      .value=${source.form[field]}
    />
  </div>`;
}

/** Moves focus to the field a summary link points at (the link's root is the widget's shadow root). */
function focusLinkedField(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const id = link.getAttribute('href')?.slice(1);
  if (!id) return;
  const target = (link.getRootNode() as ParentNode).querySelector<HTMLElement>(`#${id}`);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}

/**
 * The list of errors at the top of a form; each error with a field links to it (`ids`: field to
 * element id). It takes focus after a failed submit.
 */
export function errorSummary(
  view: FormStepBase,
  errors: readonly ShownError[],
  ids: Readonly<Record<string, string>>,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  // A region named by its heading ("Controleer uw gegevens"), so it is found and announced as such.
  return html`<section class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${view.t.errorSummaryHeading}</h3>
    <p>${view.t.errorSummaryIntro}</p>
    <ul>
      ${errors.map((e) => {
        const id = e.field ? ids[e.field] : undefined;
        const text = view.errorText(e);
        return html`<li>${id ? html`<a href="#${id}" @click=${focusLinkedField}>${text}</a>` : text}</li>`;
      })}
    </ul>
  </section>`;
}
