import type { TemplateResult } from 'lit';
import { html, nothing, formFields } from './from-entry.js';
import type { Catalogue } from '../../../domain-types.js';
import type { FormState } from '../../../form.js';
import type { RequestFlow } from '../../../request-flow.js';
import { dateField, exampleStart } from './date-field.js';
import { sendFailure } from './send-status.js';
import { backButton, choiceGroup, describedBy, errorSummary, fieldElementId, fieldError, heading, nextButton, textField, type FieldSource, type FormStepBase } from './parts.js';

/** The id an error-summary link jumps to per field. A function: `formFields` is set only once the chunk is taken into use. */
const fieldIds = (): Readonly<Record<string, string>> => Object.fromEntries(formFields.map((field) => [field, fieldElementId(field)]));

/** An optional choice of one (radio buttons), with each option's description and "(niet verplicht)" in the legend. */
const optionalChoice = (source: FieldSource, field: 'preferredForm' | 'preferredIntensity', legend: string, items: Catalogue): TemplateResult =>
  choiceGroup(source, field, `${legend} ${source.t.optional}`, items, 'radio', undefined, (id) => items.find((e) => e.id === id)?.description?.[source.language] ?? '');

/** What step 5 (the support request) shows and calls. */
export interface RequestFormStepView extends FormStepBase, Pick<FieldSource, 'labelFor'> {
  request: Pick<RequestFlow, 'form' | 'honeypot' | 'handleInput' | 'handleSubmit' | 'submitError' | 'retryAfter' | 'mailto' | 'submitting' | 'send' | 'handleMailHandOff'>;
  catalogue: { supportTypes: Catalogue; planPhases: Catalogue; partnerKinds: Catalogue; preferredForms: Catalogue; preferredIntensities: Catalogue };
}

/** Step 5: contact, support types, plan phases, question, partners, form, intensity, start and consent. */
export function requestFormStep(view: RequestFormStepView): TemplateResult {
  const { t, catalogue, labelFor, request } = view;
  const { privacyUrl } = view.settings;
  const { value: form, errors } = request.form;
  const error = (field: keyof FormState): string | undefined => {
    const found = errors.find((e) => e.field === field);
    return found && view.errorText(found);
  };
  const source = { t, language: view.language, form, error, labelFor };
  const questionError = error('question');
  const startError = error('preferredStart');
  const consentError = error('privacyConsent');
  return html`
    ${heading(t.formHeading)}
    <p>${t.formIntro}</p>
    <p class="note">${t.requiredNote} ${t.draftKept}</p>
    <form part="form" novalidate @submit=${request.handleSubmit} @input=${request.handleInput}>
      ${errorSummary(view, errors, fieldIds())}
      ${sendFailure({ ...view, endpoint: view.settings.endpoint })}
      <fieldset>
        <legend>${t.contactLegend}</legend>
        ${textField(source, 'name', t.nameLabel, { autocomplete: 'name' })}
        ${textField(source, 'role', t.roleLabel, { autocomplete: 'organization-title', hint: t.roleHint })}
        ${textField(source, 'email', t.emailLabel, { type: 'email', autocomplete: 'email' })}
        ${textField(source, 'phone', t.phoneLabel, { type: 'tel', autocomplete: 'tel', optional: true })}
      </fieldset>
      ${choiceGroup(source, 'supportTypes', t.supportTypesLegend, catalogue.supportTypes, 'checkbox', undefined, (id) => catalogue.supportTypes.find((e) => e.id === id)?.description?.[view.language] ?? '')}
      ${form.supportTypes.includes('other') ? textField(source, 'supportTypeOther', t.supportTypeOtherLabel) : nothing}
      ${choiceGroup(source, 'planPhases', t.planPhasesLegend, catalogue.planPhases, 'checkbox', t.planPhasesHint)}
      <div class="field ${questionError !== undefined ? 'has-error' : ''}">
        <label for="f-question">${t.questionLabel}</label>
        <span class="hint" id="f-question-hint">${t.questionHint}</span>
        ${fieldError('f-question', questionError)}
        <textarea
          id="f-question"
          name="question"
          rows="6"
          aria-describedby=${describedBy('f-question-hint', questionError !== undefined && 'f-question-error')}
          aria-invalid=${questionError !== undefined ? 'true' : 'false'}
          required
          .value=${form.question}
        ></textarea>
      </div>
      ${choiceGroup(source, 'partners', t.partnersLegend, catalogue.partnerKinds, 'checkbox', t.partnersHint)}
      ${form.partners.includes('other') ? textField(source, 'partnersOther', t.partnersOtherLabel) : nothing}
      ${optionalChoice(source, 'preferredForm', t.preferredFormLegend, catalogue.preferredForms)}
      ${optionalChoice(source, 'preferredIntensity', t.preferredIntensityLegend, catalogue.preferredIntensities)}
      ${dateField({ t, field: 'preferredStart', legend: t.preferredStartLabel, value: form.preferredStart, error: startError, optional: true, example: exampleStart() })}
      <div class="field ${consentError !== undefined ? 'has-error' : ''}">
        ${fieldError('f-privacyConsent', consentError)}
        <div class="choice">
          <input
            type="checkbox"
            id="f-privacyConsent"
            name="privacyConsent"
            required
            aria-describedby=${consentError !== undefined ? 'f-privacyConsent-error' : nothing}
            aria-invalid=${consentError !== undefined ? 'true' : 'false'}
            .checked=${form.privacyConsent}
          />
          <label for="f-privacyConsent">${t.consentLabel}</label>
        </div>
        ${privacyUrl ? html`<p><a href=${privacyUrl} target="_blank" rel="noopener noreferrer">${t.privacyLink}</a></p>` : nothing}
      </div>
      <div class="trap" aria-hidden="true">
        <label for="f-website">${t.honeypotLabel}</label>
        <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${request.honeypot} />
      </div>
      <div class="actions">${backButton(view, 'result')} ${nextButton(t.next)}</div>
    </form>
  `;
}
