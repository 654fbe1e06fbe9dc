import { isStepId, stepIds, type StepNavigationController } from './controllers/step-navigation.js';
import { draftLifetimeMs, readDraft, withoutContact, type Draft } from './draft.js';
import { DraftStore, draftKey } from './draft-store.js';
import type { MunicipalityChoice } from './municipality-choice.js';
import type { QuestionsFlow } from './questions-flow.js';
import type { RequestFlow } from './request-flow.js';

/** The parts of the widget a draft is made from and restored into. */
export interface DraftParts {
  steps: StepNavigationController;
  selection: MunicipalityChoice;
  questions: QuestionsFlow;
  request: RequestFlow;
}

/** What the draft needs from the host element. */
export interface DraftHost {
  /** Where the draft is kept: per endpoint (or contact address, without one). */
  endpoint(): string | undefined;
  contactEmail(): string | undefined;
  /** Loads core and the later steps; null when they cannot be loaded. */
  ensureCore(): Promise<unknown>;
}

/**
 * Keeps the visitor's answers and form as a draft in sessionStorage while they work, and puts them
 * back after a reload (see docs/privacy.md for what is kept and for how long).
 */
export class DraftSync {
  private readonly store: DraftStore<Draft>;

  constructor(
    private readonly parts: DraftParts,
    private readonly host: DraftHost,
  ) {
    this.store = new DraftStore<Draft>(() => draftKey(host.endpoint(), host.contactEmail()), draftLifetimeMs);
  }

  /** Saves the current answers; without `contact` the contact details and the question are left out. */
  save(contact = true): void {
    const { questions, request, selection, steps } = this.parts;
    if (steps.current === 'done') return;
    const municipality = selection.selected?.code ?? null;
    const draft: Draft = { version: 2, savedAt: Date.now(), municipality, step: steps.current, answers: questions.answers.value, form: request.form.value, clientRequestId: request.clientRequestId };
    this.store.save(contact ? draft : withoutContact(draft));
  }

  clear(): void {
    this.store.clear();
  }

  /** Puts a stored draft back and shows its step; true when one was restored. */
  async restore(): Promise<boolean> {
    const { questions, request, selection, steps } = this.parts;
    const draft = readDraft(this.store.load(), isStepId);
    // An expired or unreadable draft is removed, not left in storage.
    if (!draft) return (this.store.clear(), false);
    if (draft.step !== 'municipality' && !(await this.host.ensureCore())) return false;
    questions.answers.value = draft.answers;
    request.form.value = draft.form;
    request.clientRequestId = draft.clientRequestId;
    if (draft.municipality) selection.restore(draft.municipality);
    const step = draft.step !== 'done' && selection.selected ? draft.step : 'municipality';
    // A step from the result on needs the outcome; without one, the questions come back.
    const evaluated = stepIds.indexOf(step) >= stepIds.indexOf('result') && questions.evaluate();
    steps.go(evaluated || stepIds.indexOf(step) < stepIds.indexOf('result') ? step : 'questions', false);
    return true;
  }
}
