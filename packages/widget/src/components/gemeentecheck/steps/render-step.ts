import type { TemplateResult } from 'lit';
import type { Answers, OpenQuestions } from '../../../answers.js';
import type { FormView } from '../../../controllers/form-state.js';
import type { StepId } from '../../../controllers/step-navigation.js';
import type { CoreModule } from '../../../domain.js';
import type { EligibilityResult } from '../../../domain-types.js';
import type { MunicipalityChoice } from '../../../municipality-choice.js';
import type { RequestFlow } from '../../../request-flow.js';
import { doneStep } from './done-step.js';
import { sourceTitles } from './dutch-titles.js';
import { figuresStep } from './figures-step.js';
import { municipalityStep } from './municipality-step.js';
import { problem, type FieldSource, type FormStepBase } from './parts.js';
import { questionsStep } from './questions-step.js';
import { requestFormStep } from './request-form-step.js';
import { resultStep } from './result-step.js';

/** Everything the steps show and call, as the element hands it over. */
export interface WidgetView extends FormStepBase, Pick<FieldSource, 'labelFor'> {
  step: StepId;
  loadFailed: boolean;
  /** The municipality data has loaded. */
  loaded: boolean;
  /** Advice to search by name when the visitor typed a postcode. */
  postcodeAdvice: string | null;
  core: CoreModule | null;
  selection: MunicipalityChoice;
  /** A draft was restored: step 1 says so. */
  restored: boolean;
  questions: FormView<Answers>;
  open: OpenQuestions;
  sizeLimit: number;
  result: EligibilityResult | null;
  request: RequestFlow;
  /** The endpoint's reference once the request is stored. */
  reference: string | null;
  onMunicipalitySubmit(event: Event): void;
  /** Starts loading core while the visitor picks a municipality. */
  prefetchCore(): void;
  onQuestionsSubmit(event: Event): void;
  startOver(): void;
}

/** The current step, each from its own module. */
export function renderStep(view: WidgetView): TemplateResult {
  const { t, selection, core } = view;
  if (view.loadFailed) return problem(t.municipalityHeading, t.loadError);
  if (view.step === 'municipality') {
    return municipalityStep({ ...view, onSubmit: view.onMunicipalitySubmit, onFocus: view.prefetchCore });
  }
  const m = selection.selected;
  if (!view.loaded || !core || !m) return problem(t.municipalityHeading, t.loading);
  switch (view.step) {
    case 'figures':
      return figuresStep({ ...view, municipality: m, formerName: selection.formerName });
    case 'questions':
      return questionsStep({ ...view, municipality: m, answers: view.questions, schoolHint: selection.schoolHint, onSubmit: view.onQuestionsSubmit });
    case 'result':
      return resultStep({ ...view, dutchTitles: sourceTitles(m) });
    case 'form':
      return requestFormStep({ ...view, catalogue: core });
    default:
      return doneStep(view);
  }
}
