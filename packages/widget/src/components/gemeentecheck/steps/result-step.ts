import { html, nothing, type TemplateResult } from 'lit';
import type { EligibilityResult } from '../../../domain-types.js';
import { formatDate } from '../../../format.js';
import { contactBlock, contactLine } from './contact-block.js';
import { markDutch } from './dutch-titles.js';
import { backButton, heading, problem, type StepBase } from './parts.js';

/** What step 4 (the outcome) shows. */
export interface ResultStepView extends StepBase {
  /** Null until core has evaluated the answers. */
  result: EligibilityResult | null;
  /** The Dutch CBS titles the explanations may quote (marked `lang="nl"` in English). */
  dutchTitles: readonly string[];
}

/** Step 4: the outcome and the reason per criterion, then the way to a request. */
export function resultStep(view: ResultStepView): TemplateResult {
  const { t, result, language } = view;
  const { endpoint, contactEmail, offer, contact } = view.settings;
  if (!result) return problem(t.resultHeading, t.loading);
  const outcome = result.outcome;
  const closed = offer === 'closed';
  const [title, text, action] = closed
    ? ({
        eligible: [t.outcomeEligibleClosed, t.outcomeEligibleClosedText, ''],
        contact: [t.outcomeContactClosed, t.outcomeContactClosedText, ''],
        'not-eligible': [t.outcomeNotEligibleClosed, t.outcomeNotEligibleClosedText, ''],
      } as const)[outcome]
    : outcome === 'eligible'
      ? [t.outcomeEligible, t.outcomeEligibleText, t.toRequest]
      : outcome === 'contact'
        ? [t.outcomeContact, t.outcomeContactText, t.toContactRequest]
        : [t.outcomeNotEligible, t.outcomeNotEligibleText, t.askAnyway];
  const policy = result.policy;
  return html`
    ${heading(t.resultHeading)}
    <div class="outcome ${outcome}" part="outcome">
      <h3>${title}</h3>
      <p>${text}</p>
    </div>
    <h3>${t.criteriaHeading}</h3>
    <ul class="criteria" part="criteria">
      ${result.criteria.map(
        (c) => html`<li>
          <span class="criterion-name">${t.criterion[c.id] ?? c.id}</span>
          <span class="badge">${t.status[c.status] ?? c.status}</span>
          <div>${markDutch(c.explanation[language], view.dutchTitles, language)}</div>
          ${c.status === 'doubt' || c.status === 'unknown' ? contactLine(t, contact) : nothing}
        </li>`,
      )}
    </ul>
    ${closed || outcome === 'contact' ? contactBlock(t, contact) : nothing}
    ${policy.validFrom && policy.validTo
      ? html`<p class="note">${(closed || isPast(policy.validTo) ? t.policyPeriodEnded : t.policyPeriod)(
          formatDate(policy.validFrom, language),
          formatDate(policy.validTo, language),
        )}</p>`
      : nothing}
    ${!closed && outcome === 'not-eligible' && contactEmail
      ? html`<p><a part="button" class="button" href=${`mailto:${contactEmail}`}>${t.contactByEmail(contactEmail)}</a></p>`
      : nothing}
    <div class="actions">
      ${backButton(view, 'questions')}
      ${!closed && (endpoint || contactEmail)
        ? html`<button type="button" class=${outcome === 'not-eligible' ? '' : 'primary'} part=${outcome === 'not-eligible' ? 'button' : 'button button-primary'} @click=${() => view.go('form')}>
            ${action}
          </button>`
        : nothing}
    </div>
  `;
}

/** Whether the last day `iso` (YYYY-MM-DD) is over, in the visitor's own calendar. */
function isPast(iso: string): boolean {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return today > iso;
}
