import type { TemplateResult } from 'lit';
import { html, nothing, formatNumber } from './from-entry.js';
import type { Answers, OpenQuestions } from '../../../answers.js';
import type { FormView } from '../../../controllers/form-state.js';
import type { Municipality, SchoolHint } from '../../../domain-types.js';
import { mergerQuestion } from './merger-question.js';
import { backButton, describedBy, errorSummary, heading, nextButton, radioGroup, type FormStepBase } from './parts.js';

/** What step 3 (the questions the data cannot answer) shows and calls. */
export interface QuestionsStepView extends FormStepBase {
  answers: FormView<Answers>;
  open: OpenQuestions;
  /** The policy's size limit plus margin, named in the merger question. */
  sizeLimit: number;
  /** The municipality the questions are about (its known mergers are context for the merger question). */
  municipality: Municipality;
  /** Shown beside the target group question when the share is unknown. */
  schoolHint: SchoolHint | null;
  onSubmit(event: Event): void;
}

function targetGroupQuestion(view: QuestionsStepView): TemplateResult {
  const { t, schoolHint: hint, language } = view;
  const a = view.answers.value;
  const shareError = view.answers.errors.find((e) => e.field === 'targetGroupShare');
  return html`<fieldset class=${shareError ? 'has-error' : ''}>
    <legend>${t.targetGroupQuestion}</legend>
    <span class="hint" id="share-hint">${t.targetGroupHint}</span>
    ${hint
      ? html`<p class="panel" id="share-school-hint">
          <strong>${t.schoolHintLabel}:</strong>
          ${t.schoolHintValue(
            formatNumber(hint.scorePer100Pupils, language, 1),
            formatNumber(hint.nationalScorePer100Pupils, language, 1),
            hint.referenceDate.slice(0, 4),
          )}
        </p>`
      : nothing}
    ${shareError ? html`<span class="error-text" id="share-error">${view.errorText(shareError)}</span>` : nothing}
    <div class="field">
      <label for="share-input">${t.targetGroupInputLabel}</label>
      <input
        id="share-input"
        class="short"
        name="targetGroupShare"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        aria-describedby=${describedBy('share-hint', hint && 'share-school-hint', shareError && 'share-error')}
        aria-invalid=${shareError ? 'true' : 'false'}
        ?disabled=${a.targetGroupUnknown}
        .value=${a.targetGroupShare}
      />
    </div>
    <div class="choice">
      <input type="checkbox" id="share-unknown" name="targetGroupUnknown" .checked=${a.targetGroupUnknown} />
      <label for="share-unknown">${t.targetGroupUnknown}</label>
    </div>
  </fieldset>`;
}

/** Step 3: target group share (when unknown), corona impact, merger, capacity and cooperation. */
export function questionsStep(view: QuestionsStepView): TemplateResult {
  const t = view.t;
  const a = view.answers.value;
  const yesNoUnknown = [
    ['yes', t.yes],
    ['no', t.no],
    ['unknown', t.dontKnow],
  ] as const;
  return html`
    ${heading(t.questionsHeading)}
    <p>${t.questionsIntro}</p>
    <form id="questions-form" part="form" novalidate @submit=${view.onSubmit} @input=${view.answers.handleInput}>
      ${errorSummary(view, view.answers.errors, { targetGroupShare: 'share-input' })}
      ${view.open.targetGroup ? targetGroupQuestion(view) : nothing}
      ${radioGroup(
        'coronaImpact',
        t.coronaQuestion,
        [
          ['above-average', t.coronaAbove],
          ['not-above-average', t.coronaNotAbove],
          ['unknown', t.dontKnow],
        ],
        a.coronaImpact,
      )}
      ${view.open.merger ? mergerQuestion(view, yesNoUnknown, a.merged) : nothing}
      ${radioGroup('capacity', t.capacityQuestion, yesNoUnknown, a.capacity)}
      ${radioGroup(
        'cooperation',
        t.cooperationQuestion,
        [
          ['yes', t.yes],
          ['no', t.no],
        ],
        a.cooperation,
        t.cooperationHint,
      )}
      <div class="actions">
        ${backButton(view, 'figures')}
        ${nextButton(t.next)}
      </div>
    </form>
  `;
}
