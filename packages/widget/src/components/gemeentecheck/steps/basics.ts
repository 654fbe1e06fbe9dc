// The template pieces step 1 needs; the later steps get them from the first file too (see
// entry-shared.ts), so each is defined once.
import { html, type TemplateResult } from 'lit';

/** The step heading; step navigation moves focus to it. */
export const heading = (text: string): TemplateResult => html`<h2 tabindex="-1" data-step-heading part="heading">${text}</h2>`;

/** A step that cannot show its content (still loading, or failed). */
export const problem = (title: string, text: string): TemplateResult => html`${heading(title)}
  <p>${text}</p>`;

export const nextButton = (label: string): TemplateResult => html`<button type="submit" class="primary" part="button button-primary">${label}</button>`;

/** `aria-describedby` from the ids that apply. */
export const describedBy = (...ids: ReadonlyArray<string | false | null | undefined>): string => ids.filter(Boolean).join(' ');
