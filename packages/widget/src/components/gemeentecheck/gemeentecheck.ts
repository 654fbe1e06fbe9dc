import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { emptyAnswers, openQuestions, withAnswer, type OpenQuestions } from '../../answers.js';
import { DraftStorageController, draftKey } from '../../controllers/draft-storage.js';
import { FormStateController } from '../../controllers/form-state.js';
import { MunicipalityController } from '../../controllers/municipality.js';
import { isStepId, stepIds, StepNavigationController, type StepId } from '../../controllers/step-navigation.js';
import { SubmissionController, type SubmitErrorReason } from '../../controllers/submission.js';
import { loadCore, loadData, type Catalogue, type CoreModule, type DataModule, type DecisionRecord, type EligibilityResult } from '../../domain.js';
import { readDraft, type Draft } from '../../draft.js';
import type { ShownError } from '../../field-errors.js';
import { emptyForm, formFields, withFormInput } from '../../form.js';
import { languageOf, loadMessages, resolveMessages, type WidgetLanguage, type WidgetMessageOverrides, type WidgetMessages } from '../../messages/index.js';
import { newRequestId } from '../../request-id.js';
import { styles } from './gemeentecheck.styles.js';
import { doneStep } from './steps/done-step.js';
import { figuresStep } from './steps/figures-step.js';
import { municipalityStep } from './steps/municipality-step.js';
import { problem } from './steps/parts.js';
import { questionsStep } from './steps/questions-step.js';
import { requestFormStep } from './steps/request-form-step.js';
import { resultStep } from './steps/result-step.js';

/** Detail of the `npo-submitted` event. @public */
export interface SubmittedDetail {
  /** The reference the endpoint returned, to show to the visitor. */
  reference: string;
  /** The endpoint's id of the stored request. */
  id: string;
}

/** Detail of the `npo-submit-error` event. @public */
export interface SubmitErrorDetail {
  /** Why sending failed; with `invalid` the field errors are shown in the form. */
  reason: SubmitErrorReason;
}

/**
 * `<npo-gemeentecheck>`: checks whether a municipality qualifies for the free NP Onderwijs support
 * for smaller municipalities, explains the outcome per criterion, and sends a support request.
 *
 * @tagname npo-gemeentecheck
 * @summary Eligibility check and support request for smaller municipalities (NP Onderwijs).
 *
 * @event npo-result - The check has an outcome. `detail` is the decision record (policy, answers, data snapshot, outcome).
 * @event npo-submitted - The endpoint stored the request. `detail` is `{ reference, id }`.
 * @event npo-submit-error - Sending failed. `detail` is `{ reason }`: 'network', 'timeout', 'server', 'rejected' or 'invalid'.
 *
 * @csspart container - The outer box of the widget.
 * @csspart progress - The "Step n of 6" line.
 * @csspart heading - The heading of each step.
 * @csspart combobox - The municipality search input.
 * @csspart listbox - The list of matching municipalities.
 * @csspart option - One municipality in the list.
 * @csspart figures - The list of figures of the chosen municipality.
 * @csspart outcome - The outcome box on the result step.
 * @csspart criteria - The list of reasons per criterion.
 * @csspart form - The form of each step.
 * @csspart error-summary - The list of errors at the top of a form.
 * @csspart button - Every button and button-like link.
 * @csspart button-primary - The main action of a step.
 * @csspart reference - The reference on the confirmation step.
 *
 * @cssprop [--npo-color-primary=#01689b] - Buttons, links and accents.
 * @cssprop [--npo-color-primary-hover=#154273] - Hover colour of buttons and links.
 * @cssprop [--npo-color-primary-text=#ffffff] - Text on primary buttons.
 * @cssprop [--npo-color-text=#1a1a1a] - Body text.
 * @cssprop [--npo-color-muted=#4f4f4f] - Hints and sources.
 * @cssprop [--npo-color-background=#ffffff] - Background of the widget and inputs.
 * @cssprop [--npo-color-surface=#f3f3f3] - Background of panels.
 * @cssprop [--npo-color-border=#696969] - Borders of the widget and inputs.
 * @cssprop [--npo-color-error=#c4271b] - Errors and the not-eligible outcome.
 * @cssprop [--npo-color-success=#2f7a0a] - The eligible outcome.
 * @cssprop [--npo-color-warning=#8a5300] - The contact outcome.
 * @cssprop [--npo-color-focus=#000000] - Focus outline.
 * @cssprop [--npo-color-focus-inverse=#ffffff] - Ring around the focus outline.
 * @cssprop [--npo-color-option-active=#e5f0f9] - Background of the active option.
 * @cssprop [--npo-font-family=inherit] - Font; inherits the page font by default.
 * @cssprop [--npo-font-size=1rem] - Base font size.
 * @cssprop [--npo-line-height=1.5] - Line height.
 * @cssprop [--npo-radius=0.25rem] - Corner radius.
 * @cssprop [--npo-space=1rem] - Base spacing.
 * @cssprop [--npo-max-width=42rem] - Maximum width of the widget.
 * @cssprop [--npo-border-width=1px] - Width of the outer border.
 * @cssprop [--npo-focus-width=3px] - Width of the focus outline.
 *
 * @public
 */
export class NpoGemeentecheck extends LitElement {
  /** Styles from the documented custom properties only. */
  static override styles = styles;

  /** Reactive properties and their attributes. */
  static override properties = {
    endpoint: { type: String },
    municipality: { type: String },
    contactEmail: { type: String, attribute: 'contact-email' },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    messages: { attribute: false },
    timeout: { type: Number },
    retries: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
  };

  /** Observes the element's own `lang` besides the reactive properties. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL the request is POSTed to as JSON. Without it the form offers an email to `contact-email`. */
  declare endpoint: string | undefined;
  /** Preselects a municipality by code (e.g. `GM0981`) or name. */
  declare municipality: string | undefined;
  /** Email address for contact and for the request when there is no endpoint. */
  declare contactEmail: string | undefined;
  /** URL of the privacy statement, linked from the consent checkbox. */
  declare privacyUrl: string | undefined;
  /** Overrides for any text the widget shows (per language: set it after `lang` changes). */
  declare messages: WidgetMessageOverrides | undefined;
  /** Milliseconds before one submission attempt is abandoned (default 15000). */
  declare timeout: number;
  /** Retries after a network error, timeout or 5xx (default 3); a 4xx is never retried. */
  declare retries: number;
  /** Base delay in milliseconds before a retry, doubled per retry (default 1000). */
  declare retryDelay: number;

  private data: DataModule | null = null;
  private core: CoreModule | null = null;
  private loadFailed = false;
  private loading = false;
  private honeypot = '';
  private clientRequestId = newRequestId();
  private result: EligibilityResult | null = null;
  private submitError: Exclude<SubmitErrorReason, 'invalid'> | null = null;
  private confirmation: SubmittedDetail | null = null;
  private mailto: string | null = null;
  private statusText = '';
  private restored = false;

  private readonly steps = new StepNavigationController(this);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftStorageController<Draft>(this, () => draftKey(this.endpoint, this.contactEmail));
  private readonly selection = new MunicipalityController(this, {
    data: () => this.data,
    onChoose: () => this.saveDraft(),
    announce: (count) => this.announce(count === 0 ? this.t.noResults : this.t.searchResults(count)),
  });
  private readonly questions = new FormStateController(this, {
    empty: emptyAnswers,
    update: withAnswer,
    clearErrorOnInput: false,
    onChange: () => this.saveDraft(),
  });
  private readonly request = new FormStateController(this, {
    empty: emptyForm,
    update: withFormInput,
    clearErrorOnInput: true,
    onChange: () => this.saveDraft(),
  });

  constructor() {
    super();
    this.timeout = 15_000;
    this.retries = 3;
    this.retryDelay = 1_000;
  }

  /** Starts loading the municipality data and restores a draft. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data || this.loading) return;
    this.loading = true;
    void loadData().then(
      async (data) => {
        this.data = data;
        await this.restoreDraft();
        const { selection } = this;
        if (!selection.selected && this.municipality) selection.preselect(this.municipality);
        if (selection.combobox.query && !selection.selected) selection.combobox.setQuery(selection.combobox.query);
        this.requestUpdate();
      },
      () => {
        this.loadFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** Core is needed from step 2 on; it loads while the visitor picks a municipality. */
  private async ensureCore(): Promise<CoreModule | null> {
    try {
      this.core ??= await loadCore();
    } catch {
      this.loadFailed = true;
      this.requestUpdate();
    }
    return this.core;
  }

  /** Re-renders when `lang` changes. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Waits for the English texts before rendering in English, so no Dutch flashes by. */
  protected override async scheduleUpdate(): Promise<void> {
    await loadMessages(this.language);
    super.scheduleUpdate();
  }

  /** Applies a changed `municipality` attribute when nothing is chosen yet. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('municipality') && this.data && this.municipality && !this.selection.selected) {
      this.selection.preselect(this.municipality);
    }
  }

  /** The language in use: the element's own `lang`, else the nearest ancestor's, else Dutch. */
  get language(): WidgetLanguage {
    return languageOf(this);
  }

  private get t(): WidgetMessages {
    return resolveMessages(this.language, this.messages);
  }

  // ---------------------------------------------------------------- state changes

  private async restoreDraft(): Promise<void> {
    const draft = readDraft(this.drafts.load(), isStepId);
    if (!draft || !this.data) return;
    if (draft.step !== 'municipality' && !(await this.ensureCore())) return;
    this.questions.value = draft.answers;
    this.request.value = draft.form;
    this.clientRequestId = draft.clientRequestId;
    if (draft.municipality) this.selection.restore(draft.municipality);
    const step = draft.step !== 'done' && this.selection.selected ? draft.step : 'municipality';
    if (stepIds.indexOf(step) >= stepIds.indexOf('result')) this.result = this.evaluate();
    void this.steps.go(this.result || stepIds.indexOf(step) < stepIds.indexOf('result') ? step : 'questions', false);
    this.restored = true;
    this.announce(this.t.draftRestored);
  }

  private saveDraft(): void {
    if (this.steps.current === 'done') return;
    this.drafts.save({
      version: 1,
      municipality: this.selection.selected?.code ?? null,
      step: this.steps.current,
      answers: this.questions.value,
      form: this.request.value,
      clientRequestId: this.clientRequestId,
    });
  }

  /** A new key after the server answered: the old one was not stored, a corrected request needs its own. */
  private renewRequestId(): void {
    this.clientRequestId = newRequestId();
    this.saveDraft();
  }

  private announce(text: string): void {
    // A repeated text is changed slightly so that screen readers announce it again.
    this.statusText = this.statusText === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  private async go(step: StepId): Promise<void> {
    this.mailto = null;
    if (step === 'form' && this.endpoint) this.submission.prepare();
    await this.steps.go(step);
    this.saveDraft();
  }

  private readonly goStep = (step: StepId): void => void this.go(step);

  /** Re-renders, then focuses the element the selector finds (an error, a link). */
  private async focusAfterUpdate(selector: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---------------------------------------------------------------- rules

  /** The policy's size limit: the fusiegemeente question only matters above it. */
  private get sizeLimit(): number {
    return this.core?.currentPolicy.parameters.maxInhabitants.value ?? 40_000;
  }

  private get open(): OpenQuestions {
    return openQuestions(this.selection.selected, this.sizeLimit);
  }

  private evaluate(): EligibilityResult | null {
    const m = this.selection.selected;
    const { core, data } = this;
    if (!m || !core || !data) return null;
    const input = core.eligibilityInput(data.toEligibilityInput(m), this.questions.value, this.open);
    return core.evaluateEligibility(input, { dataSnapshot: data.datasetInfo.snapshotId });
  }

  // ---------------------------------------------------------------- step handlers

  private readonly onMunicipalitySubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.data) return;
    if (!this.selection.confirm(this.t.municipalityNotFound, this.t.municipalityRequired)) {
      void this.focusAfterUpdate('#municipality-input');
      return;
    }
    if (await this.ensureCore()) await this.go('figures');
  };

  private readonly prefetchCore = (): void => void this.ensureCore();

  private readonly onQuestionsSubmit = (event: Event): void => {
    event.preventDefault();
    // The step shows only once core is loaded.
    const core = this.core;
    if (!core) return;
    const invalid = this.t.targetGroupInvalid;
    const errors = core.targetGroupInvalid(this.questions.value, this.open)
      ? [{ field: 'targetGroupShare' as const, code: 'percent', message: { nl: invalid, en: invalid } }]
      : [];
    if (this.questions.showErrors(errors)) return;
    this.result = this.evaluate();
    if (this.result) this.dispatchEvent(new CustomEvent<DecisionRecord>('npo-result', { detail: this.result.record, bubbles: true, composed: true }));
    void this.go('result');
  };

  private readonly onFormInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    // The field people never see: kept apart from the form and the draft.
    if (target.name === 'website') this.honeypot = target.value;
    else this.request.handleInput(event);
  };

  private readonly onRequestSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const core = this.core;
    if (!core || this.submission.submitting) return;
    this.submitError = null;
    this.mailto = null;
    const m = this.selection.selected;
    const parsed = core.parseSupportRequest(
      core.buildSupportRequest(this.request.value, {
        clientRequestId: this.clientRequestId,
        municipality: m,
        eligibility: this.result?.record,
        language: this.language,
      }),
    );
    if (!parsed.success) {
      this.request.showErrors(core.toShownErrors(parsed.errors, formFields));
      return;
    }
    this.request.errors = [];
    if (!this.endpoint) {
      if (!this.contactEmail) return;
      const catalogues = { supportTypes: core.supportTypes, planPhases: core.planPhases, partnerKinds: core.partnerKinds };
      // Only hosts without an endpoint need the mail text, so it loads on demand.
      const { buildMailto } = await import('../../mailto.js');
      this.mailto = buildMailto(this.contactEmail, parsed.data, this.t, this.labelFor, catalogues, this.result);
      return this.focusAfterUpdate('#mailto-link');
    }
    this.announce(this.t.submitting);
    const outcome = await this.submission.submit(
      this.endpoint,
      { ...parsed.data, website: this.honeypot },
      parsed.data.clientRequestId,
      { timeout: this.timeout, retries: this.retries, retryDelay: this.retryDelay },
    );
    if (outcome.kind === 'ok') {
      this.confirmation = { reference: outcome.reference, id: outcome.id };
      this.drafts.clear();
      await this.steps.go('done');
      this.announce(this.t.doneHeading);
      this.dispatchEvent(
        new CustomEvent<SubmittedDetail>('npo-submitted', { detail: { reference: outcome.reference, id: outcome.id }, bubbles: true, composed: true }),
      );
      return;
    }
    if (outcome.kind === 'invalid') {
      this.renewRequestId();
      this.request.showErrors(core.toShownErrors(outcome.errors, formFields));
      this.dispatchEvent(new CustomEvent<SubmitErrorDetail>('npo-submit-error', { detail: { reason: 'invalid' }, bubbles: true, composed: true }));
      return;
    }
    if (outcome.reason === 'rejected') this.renewRequestId();
    this.submitError = outcome.reason;
    this.announce(this.submitErrorText(outcome.reason));
    await this.focusAfterUpdate('#submit-error');
    this.dispatchEvent(new CustomEvent<SubmitErrorDetail>('npo-submit-error', { detail: { reason: outcome.reason }, bubbles: true, composed: true }));
  };

  private submitErrorText(reason: Exclude<SubmitErrorReason, 'invalid'>): string {
    if (reason === 'rejected') return this.t.submitErrorRejected;
    return reason === 'server' ? this.t.submitErrorServer : this.t.submitErrorNetwork;
  }

  private readonly startOver = (): void => {
    this.drafts.clear();
    this.questions.reset();
    this.request.reset();
    this.selection.clear();
    this.result = null;
    this.confirmation = null;
    this.submitError = null;
    this.clientRequestId = newRequestId();
    void this.steps.go('municipality');
  };

  // ---------------------------------------------------------------- text

  private readonly labelFor = (id: string, catalogue: Catalogue): string => {
    const override = this.messages?.catalogue?.[id];
    if (override) return override;
    return catalogue.find((item) => item.id === id)?.label[this.language] ?? id;
  };

  private readonly errorText = (error: ShownError): string =>
    this.messages?.fieldErrors?.[error.code] ?? error.message[this.language] ?? error.message.nl;

  // ---------------------------------------------------------------- rendering

  /** Renders the current step. */
  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      <section class="container" part="container" aria-label=${t.widgetLabel}>
        <p class="progress" part="progress">${t.stepOf(this.steps.index + 1, this.steps.total)}</p>
        ${this.renderStep(t)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.statusText}</div>
      </section>
    `;
  }

  /** Hands each step the state and callbacks it needs (see ./steps/). */
  private renderStep(t: WidgetMessages): TemplateResult {
    if (this.loadFailed) return problem(t.municipalityHeading, t.loadError);
    const { selection, core } = this;
    // `t: t`, not shorthand: the manifest analyzer would list a shorthand `t` as a module variable.
    const base = { t: t, language: this.language, settings: this, go: this.goStep, errorText: this.errorText };
    const step = this.steps.current;
    if (step === 'municipality') {
      const loaded = !!this.data;
      return municipalityStep({ ...base, selection, restored: this.restored, loaded, onSubmit: this.onMunicipalitySubmit, onFocus: this.prefetchCore });
    }
    const m = selection.selected;
    if (!this.data || !core || !m) return problem(t.municipalityHeading, t.loading);
    switch (step) {
      case 'figures':
        return figuresStep({ ...base, municipality: m, formerName: selection.formerName });
      case 'questions':
        return questionsStep({
          ...base,
          answers: this.questions,
          open: this.open,
          sizeLimit: this.sizeLimit,
          schoolHint: selection.schoolHint,
          onSubmit: this.onQuestionsSubmit,
        });
      case 'result':
        return resultStep({ ...base, result: this.result });
      case 'form':
        return requestFormStep({
          ...base,
          request: this.request,
          catalogue: core,
          labelFor: this.labelFor,
          submitError: this.submitError && this.submitErrorText(this.submitError),
          honeypot: this.honeypot,
          mailto: this.mailto,
          busy: this.submission.submitting,
          onInput: this.onFormInput,
          onSubmit: this.onRequestSubmit,
        });
      default:
        return doneStep({ ...base, reference: this.confirmation?.reference ?? null, startOver: this.startOver });
    }
  }
}
