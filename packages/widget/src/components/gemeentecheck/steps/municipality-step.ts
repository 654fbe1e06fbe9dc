import { html, nothing, type TemplateResult } from 'lit';
import type { ComboboxController } from '../../../controllers/combobox.js';
import type { MunicipalityChoice } from '../../../municipality-choice.js';
import type { SearchHit } from '../../../domain-types.js';
import type { WidgetMessages } from '../../../messages/index.js';
import { offerClosedNotice, providersSentence } from './offer-notices.js';
import { describedBy, heading, nextButton, type StepBase } from './parts.js';

/** What step 1 (choose a municipality) shows and calls. */
export interface MunicipalityStepView extends StepBase {
  /** The combobox and the step's error. */
  selection: Pick<MunicipalityChoice, 'combobox' | 'error'>;
  /** A draft was restored: say so. */
  restored: boolean;
  /** The municipality data has loaded (until then the list says "loading"). */
  loaded: boolean;
  /** Advice to search by name when the visitor typed a postcode; `null` otherwise. */
  postcodeAdvice: string | null;
  onSubmit(event: Event): void;
  /** The field got focus: a good moment to start loading what step 2 needs. */
  onFocus(): void;
}

function option(t: WidgetMessages, cb: ComboboxController<SearchHit>, hit: SearchHit, i: number): TemplateResult {
  const m = hit.municipality;
  return html`<li
    id=${cb.optionId(i)}
    role="option"
    part="option"
    class=${i === cb.active ? 'active' : ''}
    aria-selected=${i === cb.active ? 'true' : 'false'}
    data-index=${i}
    @pointerdown=${cb.handleOptionPointerDown}
    @click=${cb.handleOptionClick}
  >
    ${m.name}${hit.formerName ? html` (${t.formerName(hit.formerName)})` : hit.matchedName !== m.name ? html` (${hit.matchedName})` : nothing}
    ${m.province ? html`<span class="secondary">${m.province.name}</span>` : nothing}
  </li>`;
}

/** Step 1: the municipality combobox (WAI-ARIA combobox with a listbox popup). */
export function municipalityStep(view: MunicipalityStepView): TemplateResult {
  const { t, selection } = view;
  const cb = selection.combobox;
  const hasError = selection.error !== null;
  const open = cb.expanded && cb.items.length > 0;
  return html`
    ${heading(t.municipalityHeading)}
    ${view.settings.offer === 'closed' ? offerClosedNotice(t, view.language) : nothing}
    <p>${t.municipalityIntro}</p>
    ${providersSentence(t)}
    ${view.restored ? html`<p class="note">${t.draftRestored}</p>` : nothing}
    <form part="form" novalidate @submit=${view.onSubmit}>
      <div class="field combobox ${hasError ? 'has-error' : ''}">
        <label id="municipality-label" for="municipality-input">${t.municipalityLabel}</label>
        <span class="hint" id="municipality-hint">${t.municipalityHint}</span>
        ${hasError ? html`<span class="error-text" id="municipality-error">${selection.error}</span>` : nothing}
        <input
          id="municipality-input"
          part="combobox"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="municipality-listbox"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${cb.activeDescendant ?? nothing}
          aria-describedby=${describedBy('municipality-hint', hasError && 'municipality-error')}
          aria-invalid=${hasError ? 'true' : 'false'}
          .value=${cb.query}
          @input=${cb.handleInput}
          @keydown=${cb.handleKeyDown}
          @blur=${cb.handleBlur}
          @focus=${view.onFocus}
        />
        <ul id="municipality-listbox" role="listbox" part="listbox" aria-labelledby="municipality-label" ?hidden=${!open}>
          ${cb.items.map((hit, i) => option(t, cb, hit, i))}
        </ul>
        ${cb.expanded && cb.items.length === 0 ? html`<p class="no-results">${view.loaded ? (view.postcodeAdvice ?? t.noResults) : t.loading}</p>` : nothing}
      </div>
      <div class="actions">
        ${nextButton(t.next)}
      </div>
    </form>
  `;
}
