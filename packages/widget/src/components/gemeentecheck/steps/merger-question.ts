import { html, type TemplateResult } from 'lit';
import type { Municipality } from '../../../domain-types.js';
import { formatDate, formatNumber } from '../../../format.js';
import type { StepBase } from './parts.js';

/** What the merger question needs: the municipality (for its known mergers) and the size limit plus margin. */
export interface MergerQuestionView extends StepBase {
  municipality: Municipality;
  sizeLimit: number;
}

/** The mergers the data knows since 2018, each former municipality with its inhabitants where known. */
function knownMergers(view: MergerQuestionView): TemplateResult {
  const { t, language, municipality: m } = view;
  if (m.mergedFrom.length === 0) return html`<p class="hint" id="merged-context">${t.mergedNoneKnown}</p>`;
  return html`<div class="panel" id="merged-context">
    <p>${t.mergedKnownIntro}</p>
    <ul>
      ${m.mergedFrom.map(
        (f) => html`<li>
          ${t.mergedKnownItem(
            f.name,
            formatDate(f.date, language),
            f.inhabitants === null || f.inhabitantsReferenceDate === null
              ? null
              : { count: formatNumber(f.inhabitants, language), date: formatDate(f.inhabitantsReferenceDate, language) },
          )}
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Asked of every municipality above the size limit plus margin: whether it is a fusiegemeente whose cores
 * each function independently. Known mergers are context only; the answer is the municipality's own judgement.
 */
export function mergerQuestion(view: MergerQuestionView, options: ReadonlyArray<readonly [string, string]>, value: string): TemplateResult {
  const { t, language } = view;
  return html`<fieldset aria-describedby="merged-hint merged-context">
    <legend>${t.mergedQuestion}</legend>
    <span class="hint" id="merged-hint">${t.mergedHint(formatNumber(view.sizeLimit, language))}</span>
    ${knownMergers(view)}
    ${options.map(
      ([optionValue, label]) => html`<div class="choice">
        <input type="radio" id="merged-${optionValue}" name="merged" value=${optionValue} .checked=${value === optionValue} />
        <label for="merged-${optionValue}">${label}</label>
      </div>`,
    )}
  </fieldset>`;
}
