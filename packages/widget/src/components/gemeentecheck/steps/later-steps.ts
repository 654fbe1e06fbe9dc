// Steps 2 to the confirmation (figures, questions, result, request form, check, confirmation): in
// the core chunk (see core-features.ts), loaded when the municipality field gets focus or step 1 is
// completed, so the first file carries step 1 only.
import type { TemplateResult } from 'lit';
import type { Municipality } from '../../../domain-types.js';
import { requestSummary } from '../../../request-summary.js';
import { checkStep } from './check-step.js';
import { doneStep } from './done-step.js';
import { sourceTitles } from './dutch-titles.js';
import type * as Entry from './entry-shared.js';
import { figuresStep } from './figures-step.js';
import { useEntry } from './from-entry.js';
import { questionsStep } from './questions-step.js';
import type { LoadedView } from './render-step.js';
import { requestFormStep } from './request-form-step.js';
import { resultStep } from './result-step.js';

/** Renders a step after the first one. */
export type LaterSteps = (view: LoadedView, municipality: Municipality) => TemplateResult;

function renderLaterStep(view: LoadedView, m: Municipality): TemplateResult {
  const { selection, core, request } = view;
  const catalogues = core.requestCatalogues;
  const summary = { ...view, catalogues };
  switch (view.step) {
    case 'figures':
      return figuresStep({ ...view, municipality: m, formerName: selection.formerName, childFigures: selection.childFigures });
    case 'questions':
      return questionsStep({ ...view, municipality: m, answers: view.questions, schoolHint: selection.schoolHint, onSubmit: view.onQuestionsSubmit });
    case 'result':
      return resultStep({ ...view, dutchTitles: sourceTitles(m) });
    case 'form':
      return requestFormStep({ ...view, catalogue: catalogues });
    case 'check':
      return checkStep(summary);
    default:
      return doneStep({ ...view, sent: request.checked ? requestSummary(request.checked, summary) : [] });
  }
}

/** Takes lit and the shared helpers from the first file; returns the renderer of the later steps. */
export function laterSteps(entry: typeof Entry): LaterSteps {
  useEntry(entry);
  return renderLaterStep;
}
