import type { TemplateResult } from 'lit';
import type { Answers, OpenQuestions } from '../../../answers.js';
import type { FormView } from '../../../controllers/form-state.js';
import type { StepId } from '../../../controllers/step-navigation.js';
import type { CoreModule } from '../../../domain.js';
import type { EligibilityResult } from '../../../domain-types.js';
import type { MunicipalityChoice } from '../../../municipality-choice.js';
import type { RequestFlow } from '../../../request-flow.js';
import type { LaterSteps } from './later-steps.js';
import { municipalityStep } from './municipality-step.js';
import { problem } from './basics.js';
import type { FieldSource, FormStepBase } from './parts.js';

/** Everything the steps show and call, as the element hands it over. */
export interface WidgetView extends FormStepBase, Pick<FieldSource, 'labelFor'> {
  step: StepId;
  loadFailed: boolean;
  /** The municipality data has loaded. */
  loaded: boolean;
  /** Advice to search by name when the visitor typed a postcode. */
  postcodeAdvice: string | null;
  core: CoreModule | null;
  /** The later steps' renderer, once its chunk is in. */
  laterSteps: LaterSteps | null;
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

/** The view once core is in (all the later steps need). */
export type LoadedView = WidgetView & { core: CoreModule };

/** The current step: step 1 here, the others from the later steps' chunk. */
export function renderStep(view: WidgetView): TemplateResult {
  const { t, selection, core, laterSteps } = view;
  if (view.loadFailed) return problem(t.municipalityHeading, t.loadError);
  if (view.step === 'municipality') {
    return municipalityStep({ ...view, onSubmit: view.onMunicipalitySubmit, onFocus: view.prefetchCore });
  }
  const m = selection.selected;
  if (!view.loaded || !core || !laterSteps || !m) return problem(t.municipalityHeading, t.loading);
  return laterSteps({ ...view, core }, m);
}
