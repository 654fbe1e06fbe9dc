import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ComboboxController } from '../../controllers/combobox.js';
import { DraftStorageController, draftKey } from '../../controllers/draft-storage.js';
import { isStepId, stepIds, StepNavigationController, type StepId } from '../../controllers/step-navigation.js';
import { SubmissionController, type ServerFieldError, type SubmitErrorReason } from '../../controllers/submission.js';
import {
  loadCore,
  loadData,
  loadSchoolHint,
  type DecisionRecord,
  type CoreModule,
  type DataModule,
  type EligibilityInput,
  type EligibilityResult,
  type Municipality,
  type SchoolHint,
  type SearchHit,
} from '../../domain.js';
import { loadMessages, resolveMessages, toLanguage, type WidgetLanguage, type WidgetMessageOverrides, type WidgetMessages } from '../../messages/index.js';
import {
  emptyAnswers,
  emptyForm,
  fieldForPath,
  readDraft,
  newRequestId,
  parsePercent,
  type Answers,
  type Draft,
  type FormState,
} from '../../request.js';
import { styles } from './gemeentecheck.styles.js';

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

/** An error shown in the form: a field (or none) and its text. */
interface ShownError {
  field: keyof FormState | 'targetGroupShare' | 'municipality' | null;
  code: string;
  message: { nl: string; en: string };
}


const fieldOrder: ReadonlyArray<keyof FormState> = [
  'name',
  'role',
  'email',
  'phone',
  'supportTypes',
  'planPhase',
  'question',
  'partners',
  'partnersOther',
  'preferredStart',
  'privacyConsent',
];

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
  private selected: Municipality | null = null;
  private formerName: string | null = null;
  private answers: Answers = emptyAnswers();
  private form: FormState = emptyForm();
  private honeypot = '';
  private clientRequestId = newRequestId();
  private result: EligibilityResult | null = null;
  private municipalityError: string | null = null;
  private questionErrors: ShownError[] = [];
  private formErrors: ShownError[] = [];
  private submitError: Exclude<SubmitErrorReason, 'invalid'> | null = null;
  private confirmation: SubmittedDetail | null = null;
  private mailto: string | null = null;
  private statusText = '';
  private restored = false;
  private schoolHint: SchoolHint | null = null;
  private schoolHintFor: string | null = null;

  private readonly steps = new StepNavigationController(this);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftStorageController<Draft>(this, () => draftKey(this.endpoint, this.contactEmail));
  private readonly combobox = new ComboboxController<SearchHit>(this, {
    idPrefix: 'municipality',
    search: (query) => this.data?.searchMunicipalities(query, { limit: 10 }) ?? [],
    onSelect: (hit) => this.choose(hit.municipality, hit.formerName ?? null),
    onEdit: () => {
      this.selected = null;
      this.formerName = null;
      this.municipalityError = null;
    },
    announce: (count) => this.announce(count === 0 ? this.t.noResults : this.t.searchResults(count)),
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
        if (!this.selected && this.municipality) this.preselect(this.municipality);
        if (this.combobox.query && !this.selected) this.combobox.setQuery(this.combobox.query);
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
    if (changed.has('municipality') && this.data && this.municipality && !this.selected) {
      this.preselect(this.municipality);
    }
  }

  /** The language in use: the element's own `lang`, else the nearest ancestor's, else Dutch. */
  get language(): WidgetLanguage {
    // Looks through enclosing shadow roots too, for a widget inside another component.
    let node: Element | null = this;
    while (node) {
      const withLang: Element | null = node.closest('[lang]');
      if (withLang) return toLanguage(withLang.getAttribute('lang'));
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return 'nl';
  }

  private get t(): WidgetMessages {
    return resolveMessages(this.language, this.messages);
  }

  // ---------------------------------------------------------------- state changes

  private choose(municipality: Municipality, formerName: string | null, save = true): void {
    this.selected = municipality;
    this.loadHint(municipality);
    this.formerName = formerName;
    this.municipalityError = null;
    this.combobox.setQuery(municipality.name);
    if (save) this.saveDraft();
  }

  private loadHint(m: Municipality): void {
    if (m.targetGroupShare !== null || this.schoolHintFor === m.code) return;
    void loadSchoolHint(m.code).then((hint) => {
      this.schoolHint = hint;
      this.schoolHintFor = m.code;
      this.requestUpdate();
    });
  }

  private preselect(codeOrName: string): void {
    const found = this.data?.getMunicipality(codeOrName);
    if (!found) return;
    const resolvedFrom = (found as { resolvedFrom?: { name: string } }).resolvedFrom;
    // A preselection is the host's, not the visitor's: it starts no draft.
    this.choose(found, resolvedFrom?.name ?? null, false);
  }

  private async restoreDraft(): Promise<void> {
    const draft = readDraft(this.drafts.load(), isStepId);
    if (!draft || !this.data) return;
    if (draft.step !== 'municipality' && !(await this.ensureCore())) return;
    this.answers = draft.answers;
    this.form = draft.form;
    this.clientRequestId = draft.clientRequestId;
    if (draft.municipality) {
      const found = this.data.getMunicipality(draft.municipality);
      if (found) {
        this.selected = found;
        this.loadHint(found);
        this.combobox.setQuery(found.name);
      }
    }
    const step = draft.step !== 'done' && this.selected ? draft.step : 'municipality';
    if (stepIds.indexOf(step) >= stepIds.indexOf('result')) this.result = this.evaluate();
    void this.steps.go(this.result || stepIds.indexOf(step) < stepIds.indexOf('result') ? step : 'questions', false);
    this.restored = true;
    this.announce(this.t.draftRestored);
  }

  private saveDraft(): void {
    if (this.steps.current === 'done') return;
    this.drafts.save({
      version: 1,
      municipality: this.selected?.code ?? null,
      step: this.steps.current,
      answers: this.answers,
      form: this.form,
      clientRequestId: this.clientRequestId,
    });
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


  // ---------------------------------------------------------------- rules

  private get asksTargetGroup(): boolean {
    return this.selected?.targetGroupShare == null;
  }

  /** The policy's size limit: the fusiegemeente question only matters above it. */
  private get sizeLimit(): number {
    return this.core?.currentPolicy.parameters.maxInhabitants.value ?? 40_000;
  }

  private get asksMerger(): boolean {
    const m = this.selected;
    return !!m && m.mergedFrom.length > 0 && (m.inhabitants ?? 0) > this.sizeLimit;
  }

  private eligibilityInput(): EligibilityInput | null {
    if (!this.data || !this.selected) return null;
    const input: EligibilityInput = { ...this.data.toEligibilityInput(this.selected) };
    const a = this.answers;
    if (this.asksTargetGroup && !a.targetGroupUnknown) {
      const share = parsePercent(a.targetGroupShare);
      if (share !== null) input.targetGroupShare = share;
    }
    if (a.coronaImpact) input.coronaImpact = a.coronaImpact;
    if (this.asksMerger && a.merged) input.mergedWithIndependentCores = a.merged === 'unknown' ? 'unknown' : a.merged === 'yes';
    if (a.capacity) input.capacityShortfall = a.capacity;
    if (a.cooperation) input.cooperationFocus = a.cooperation === 'yes';
    return input;
  }

  private evaluate(): EligibilityResult | null {
    const input = this.eligibilityInput();
    if (!input || !this.core || !this.data) return null;
    return this.core.evaluateEligibility(input, { dataSnapshot: this.data.datasetInfo.snapshotId });
  }

  // ---------------------------------------------------------------- step handlers

  private readonly onMunicipalitySubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.data) return;
    if (!this.selected && this.combobox.query.trim()) {
      const found = this.data.getMunicipality(this.combobox.query.trim());
      if (found) this.choose(found, (found as { resolvedFrom?: { name: string } }).resolvedFrom?.name ?? null);
    }
    if (!this.selected) {
      this.municipalityError = this.combobox.query.trim() ? this.t.municipalityNotFound : this.t.municipalityRequired;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#municipality-input')?.focus());
      return;
    }
    if (await this.ensureCore()) await this.go('figures');
  };

  private readonly prefetchCore = (): void => void this.ensureCore();

  private readonly onQuestionsInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const a = { ...this.answers };
    switch (target.name) {
      case 'targetGroupShare':
        a.targetGroupShare = target.value;
        break;
      case 'targetGroupUnknown':
        a.targetGroupUnknown = target.checked;
        break;
      case 'coronaImpact':
        a.coronaImpact = target.value as Answers['coronaImpact'];
        break;
      case 'merged':
        a.merged = target.value as Answers['merged'];
        break;
      case 'capacity':
        a.capacity = target.value as Answers['capacity'];
        break;
      case 'cooperation':
        a.cooperation = target.value as Answers['cooperation'];
        break;
      default:
        return;
    }
    this.answers = a;
    this.saveDraft();
    this.requestUpdate();
  };

  private readonly onQuestionsSubmit = (event: Event): void => {
    event.preventDefault();
    const a = this.answers;
    this.questionErrors =
      this.asksTargetGroup && !a.targetGroupUnknown && a.targetGroupShare.trim() !== '' && parsePercent(a.targetGroupShare) === null
        ? [{ field: 'targetGroupShare', code: 'percent', message: { nl: this.t.targetGroupInvalid, en: this.t.targetGroupInvalid } }]
        : [];
    if (this.questionErrors.length > 0) {
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    this.result = this.evaluate();
    if (this.result) this.dispatchEvent(new CustomEvent<DecisionRecord>('npo-result', { detail: this.result.record, bubbles: true, composed: true }));
    void this.go('result');
  };

  private readonly onFormInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    if (name === 'website') {
      this.honeypot = target.value;
      return;
    }
    if (!(fieldOrder as readonly string[]).includes(name)) return;
    const f: FormState = { ...this.form };
    if (name === 'supportTypes' || name === 'partners') {
      const list = new Set(f[name]);
      if (target.checked) list.add(target.value);
      else list.delete(target.value);
      f[name] = [...list];
    } else if (name === 'privacyConsent') {
      f.privacyConsent = target.checked;
    } else {
      (f as unknown as Record<string, string>)[name] = target.value;
    }
    this.form = f;
    // A corrected field loses its error at once; the rest stay until the next submit.
    this.formErrors = this.formErrors.filter((e) => e.field !== name);
    this.saveDraft();
    this.requestUpdate();
  };

  private buildRequest(): Record<string, unknown> {
    const f = this.form;
    const contact: Record<string, string> = { name: f.name.trim(), role: f.role.trim(), email: f.email.trim() };
    if (f.phone.trim()) contact['phone'] = f.phone.trim();
    const request: Record<string, unknown> = {
      clientRequestId: this.clientRequestId,
      municipality: this.selected ? { code: this.selected.code, name: this.selected.name } : undefined,
      contact,
      supportTypes: f.supportTypes,
      planPhase: f.planPhase || undefined,
      question: f.question.trim(),
      partners: f.partners,
      eligibility: this.result?.record,
      privacyConsent: f.privacyConsent,
      language: this.language,
    };
    if (f.partners.includes('other') && f.partnersOther.trim()) request['partnersOther'] = f.partnersOther.trim();
    if (f.preferredStart) request['preferredStart'] = f.preferredStart;
    return request;
  }

  private readonly onRequestSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.core || this.submission.submitting) return;
    this.submitError = null;
    this.mailto = null;
    const request = this.buildRequest();
    const parsed = this.core.parseSupportRequest(request);
    if (!parsed.success) {
      this.showFormErrors(parsed.errors);
      return;
    }
    this.formErrors = [];
    if (!this.endpoint) {
      if (!this.contactEmail) return;
      const core = this.core;
      const catalogue = [...core.supportTypes, ...core.planPhases, ...core.partnerKinds];
      // Only hosts without an endpoint need the mail text, so it loads on demand.
      const { buildMailto } = await import('../../mailto.js');
      this.mailto = buildMailto(this.contactEmail, parsed.data, this.t, (id) => this.labelFor(id, catalogue), this.result);
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#mailto-link')?.focus();
      return;
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
      // The server answered: this key was not stored, a corrected request gets a fresh one.
      this.clientRequestId = newRequestId();
      this.saveDraft();
      this.showFormErrors(outcome.errors);
      this.dispatchEvent(new CustomEvent<SubmitErrorDetail>('npo-submit-error', { detail: { reason: 'invalid' }, bubbles: true, composed: true }));
      return;
    }
    if (outcome.reason === 'rejected') {
      this.clientRequestId = newRequestId();
      this.saveDraft();
    }
    this.submitError = outcome.reason;
    const text = this.submitErrorText(outcome.reason);
    this.announce(text);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
    this.dispatchEvent(new CustomEvent<SubmitErrorDetail>('npo-submit-error', { detail: { reason: outcome.reason }, bubbles: true, composed: true }));
  };

  private showFormErrors(errors: ReadonlyArray<ServerFieldError | { path: string; code: string; message: { nl: string; en: string } }>): void {
    const shown = errors.map((e) => ({ field: fieldForPath(e.path), code: e.code, message: e.message }));
    shown.sort((a, b) => order(a.field) - order(b.field));
    this.formErrors = shown;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  private submitErrorText(reason: Exclude<SubmitErrorReason, 'invalid'>): string {
    if (reason === 'rejected') return this.t.submitErrorRejected;
    return reason === 'server' ? this.t.submitErrorServer : this.t.submitErrorNetwork;
  }

  private readonly startOver = (): void => {
    this.drafts.clear();
    this.answers = emptyAnswers();
    this.form = emptyForm();
    this.selected = null;
    this.formerName = null;
    this.result = null;
    this.confirmation = null;
    this.formErrors = [];
    this.questionErrors = [];
    this.submitError = null;
    this.clientRequestId = newRequestId();
    this.combobox.setQuery('');
    void this.steps.go('municipality');
  };

  private readonly focusField = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')?.slice(1);
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };

  // ---------------------------------------------------------------- text and formatting

  private readonly labelFor = (id: string, catalogue: ReadonlyArray<{ id: string; label: { nl: string; en: string } }>): string => {
    const override = this.messages?.catalogue?.[id];
    if (override) return override;
    return catalogue.find((item) => item.id === id)?.label[this.language] ?? id;
  };

  private errorText(error: ShownError): string {
    return this.messages?.fieldErrors?.[error.code] ?? error.message[this.language] ?? error.message.nl;
  }

  private formatNumber(value: number, digits = 0): string {
    return new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits }).format(value);
  }

  private formatDate(iso: string): string {
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }

  // ---------------------------------------------------------------- rendering

  /** Renders the current step. */
  protected override render(): TemplateResult {
    const t = this.t;
    const index = this.steps.index;
    return html`
      <section class="container" part="container" aria-label=${t.widgetLabel}>
        <p class="progress" part="progress">${t.stepOf(index + 1, this.steps.total)}</p>
        ${this.renderStep(t)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.statusText}</div>
      </section>
    `;
  }

  private renderStep(t: WidgetMessages): TemplateResult {
    if (this.loadFailed) return this.renderProblem(t.municipalityHeading, t.loadError);
    const step = this.steps.current;
    if (step === 'municipality') return this.renderMunicipalityStep(t);
    if (!this.data || !this.core || !this.selected) return this.renderProblem(t.municipalityHeading, t.loading);
    switch (step) {
      case 'figures':
        return this.renderFiguresStep(t, this.selected);
      case 'questions':
        return this.renderQuestionsStep(t, this.selected);
      case 'result':
        return this.renderResultStep(t);
      case 'form':
        return this.renderFormStep(t, this.core);
      default:
        return this.renderDoneStep(t);
    }
  }

  private heading(text: string): TemplateResult {
    return html`<h2 tabindex="-1" data-step-heading part="heading">${text}</h2>`;
  }

  private renderProblem(title: string, text: string): TemplateResult {
    return html`${this.heading(title)}
      <p>${text}</p>`;
  }

  private backButton(t: WidgetMessages, step: StepId): TemplateResult {
    return html`<button type="button" part="button" @click=${() => void this.go(step)}>${t.back}</button>`;
  }

  private renderMunicipalityStep(t: WidgetMessages): TemplateResult {
    const cb = this.combobox;
    const hasError = this.municipalityError !== null;
    const describedBy = ['municipality-hint', hasError ? 'municipality-error' : ''].filter(Boolean).join(' ');
    return html`
      ${this.heading(t.municipalityHeading)}
      <p>${t.municipalityIntro}</p>
      ${this.restored ? html`<p class="note">${t.draftRestored}</p>` : nothing}
      <form part="form" novalidate @submit=${this.onMunicipalitySubmit}>
        <div class="field combobox ${hasError ? 'has-error' : ''}">
          <label id="municipality-label" for="municipality-input">${t.municipalityLabel}</label>
          <span class="hint" id="municipality-hint">${t.municipalityHint}</span>
          ${hasError ? html`<span class="error-text" id="municipality-error">${this.municipalityError}</span>` : nothing}
          <input
            id="municipality-input"
            part="combobox"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="municipality-listbox"
            aria-expanded=${cb.expanded && cb.items.length > 0 ? 'true' : 'false'}
            aria-activedescendant=${cb.activeDescendant ?? nothing}
            aria-describedby=${describedBy}
            aria-invalid=${hasError ? 'true' : 'false'}
            .value=${cb.query}
            @input=${cb.handleInput}
            @keydown=${cb.handleKeyDown}
            @blur=${cb.handleBlur}
            @focus=${this.prefetchCore}
          />
          <ul id="municipality-listbox" role="listbox" part="listbox" aria-labelledby="municipality-label" ?hidden=${!cb.expanded || cb.items.length === 0}>
            ${cb.items.map(
              (hit, i) => html`<li
                id=${cb.optionId(i)}
                role="option"
                part="option"
                class=${i === cb.active ? 'active' : ''}
                aria-selected=${i === cb.active ? 'true' : 'false'}
                data-index=${i}
                @pointerdown=${cb.handleOptionPointerDown}
                @click=${cb.handleOptionClick}
              >
                ${hit.municipality.name}${hit.formerName
                  ? html` (${t.formerName(hit.formerName)})`
                  : hit.matchedName !== hit.municipality.name
                    ? html` (${hit.matchedName})`
                    : nothing}
                ${hit.municipality.province ? html`<span class="secondary">${hit.municipality.province.name}</span>` : nothing}
              </li>`,
            )}
          </ul>
          ${cb.expanded && cb.items.length === 0 ? html`<p class="no-results">${this.data ? t.noResults : t.loading}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="primary" part="button button-primary">${t.next}</button>
        </div>
      </form>
    `;
  }

  private renderFiguresStep(t: WidgetMessages, m: Municipality): TemplateResult {
    const share = m.targetGroupShare;
    return html`
      ${this.heading(t.figuresHeading(m.name))}
      ${this.formerName ? html`<p class="panel">${t.resolvedFromNote(this.formerName, m.name)}</p>` : nothing}
      <dl class="figures" part="figures">
        <dt>${t.inhabitantsLabel}</dt>
        <dd>${m.inhabitants === null ? t.unknownFigure : t.inhabitantsValue(this.formatNumber(m.inhabitants), this.formatDate(m.referenceDate))}</dd>
        ${m.province ? html`<dt>${t.provinceLabel}</dt><dd>${m.province.name}</dd>` : nothing}
        <dt>${t.targetGroupLabel}</dt>
        <dd>${share ? t.targetGroupValue(`${this.formatNumber(share.value, 1)}%`, this.formatDate(share.referenceDate)) : t.unknownFigure}</dd>
        ${m.mergedFrom.length > 0
          ? html`<dt>${t.mergedFromLabel}</dt>
              <dd>
                <ul>
                  ${m.mergedFrom.map((f) => html`<li>${t.mergedFromItem(f.name, this.formatDate(f.date))}</li>`)}
                </ul>
              </dd>`
          : nothing}
        <dt>${t.sourceLabel}</dt>
        <dd>${sourceText(m.source)}${share ? html`; ${sourceText(share.source)}` : nothing}</dd>
      </dl>
      <p class="source">${t.attribution}</p>
      <form part="form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.go('questions'))}>
        <div class="actions">
          ${this.backButton(t, 'municipality')}
          <button type="submit" class="primary" part="button button-primary">${t.next}</button>
        </div>
      </form>
    `;
  }

  private radioGroup(
    name: keyof Answers,
    legend: string,
    options: ReadonlyArray<readonly [string, string]>,
    hint?: string,
  ): TemplateResult {
    const value = this.answers[name];
    return html`<fieldset aria-describedby=${hint ? `${name}-hint` : nothing}>
      <legend>${legend}</legend>
      ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
      ${options.map(
        ([optionValue, label]) => html`<div class="choice">
          <input type="radio" id="${name}-${optionValue}" name=${name} value=${optionValue} .checked=${value === optionValue} />
          <label for="${name}-${optionValue}">${label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderQuestionsStep(t: WidgetMessages, m: Municipality): TemplateResult {
    const a = this.answers;
    const shareError = this.questionErrors.find((e) => e.field === 'targetGroupShare');
    const hint = this.asksTargetGroup && this.schoolHintFor === m.code ? this.schoolHint : null;
    const yesNoUnknown = [
      ['yes', t.yes],
      ['no', t.no],
      ['unknown', t.dontKnow],
    ] as const;
    const describedBy = ['share-hint', hint ? 'share-school-hint' : '', shareError ? 'share-error' : ''].filter(Boolean).join(' ');
    return html`
      ${this.heading(t.questionsHeading)}
      <p>${t.questionsIntro}</p>
      <form part="form" novalidate @submit=${this.onQuestionsSubmit} @input=${this.onQuestionsInput}>
        ${this.renderErrorSummary(t, this.questionErrors, { targetGroupShare: 'share-input' })}
        ${this.asksTargetGroup
          ? html`<fieldset class=${shareError ? 'has-error' : ''}>
              <legend>${t.targetGroupQuestion}</legend>
              <span class="hint" id="share-hint">${t.targetGroupHint}</span>
              ${hint
                ? html`<p class="panel" id="share-school-hint">
                    <strong>${t.schoolHintLabel}:</strong>
                    ${t.schoolHintValue(
                      this.formatNumber(hint.scorePer100Pupils, 1),
                      this.formatNumber(hint.nationalScorePer100Pupils, 1),
                      hint.referenceDate.slice(0, 4),
                    )}
                  </p>`
                : nothing}
              ${shareError ? html`<span class="error-text" id="share-error">${this.errorText(shareError)}</span>` : nothing}
              <div class="field">
                <label for="share-input">${t.targetGroupInputLabel}</label>
                <input
                  id="share-input"
                  class="short"
                  name="targetGroupShare"
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  aria-describedby=${describedBy}
                  aria-invalid=${shareError ? 'true' : 'false'}
                  ?disabled=${a.targetGroupUnknown}
                  .value=${a.targetGroupShare}
                />
              </div>
              <div class="choice">
                <input type="checkbox" id="share-unknown" name="targetGroupUnknown" .checked=${a.targetGroupUnknown} />
                <label for="share-unknown">${t.targetGroupUnknown}</label>
              </div>
            </fieldset>`
          : nothing}
        ${this.radioGroup('coronaImpact', t.coronaQuestion, [
          ['above-average', t.coronaAbove],
          ['not-above-average', t.coronaNotAbove],
          ['unknown', t.dontKnow],
        ])}
        ${this.asksMerger ? this.radioGroup('merged', t.mergedQuestion(this.formatNumber(this.sizeLimit)), yesNoUnknown) : nothing}
        ${this.radioGroup('capacity', t.capacityQuestion, yesNoUnknown)}
        ${this.radioGroup(
          'cooperation',
          t.cooperationQuestion,
          [
            ['yes', t.yes],
            ['no', t.no],
          ],
          t.cooperationHint,
        )}
        <div class="actions">
          ${this.backButton(t, 'figures')}
          <button type="submit" class="primary" part="button button-primary">${t.next}</button>
        </div>
      </form>
    `;
  }

  private renderResultStep(t: WidgetMessages): TemplateResult {
    const result = this.result;
    if (!result) return this.renderProblem(t.resultHeading, t.loading);
    const lang = this.language;
    const outcome = result.outcome;
    const title = outcome === 'eligible' ? t.outcomeEligible : outcome === 'contact' ? t.outcomeContact : t.outcomeNotEligible;
    const text = outcome === 'eligible' ? t.outcomeEligibleText : outcome === 'contact' ? t.outcomeContactText : t.outcomeNotEligibleText;
    const canRequest = Boolean(this.endpoint || this.contactEmail);
    const action = outcome === 'eligible' ? t.toRequest : outcome === 'contact' ? t.toContactRequest : t.askAnyway;
    const policy = result.policy;
    return html`
      ${this.heading(t.resultHeading)}
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
            <div>${c.explanation[lang]}</div>
          </li>`,
        )}
      </ul>
      ${policy.validFrom && policy.validTo ? html`<p class="note">${t.policyPeriod(this.formatDate(policy.validFrom), this.formatDate(policy.validTo))}</p>` : nothing}
      ${outcome === 'not-eligible' && this.contactEmail
        ? html`<p><a part="button" class="button" href=${`mailto:${this.contactEmail}`}>${t.contactByEmail(this.contactEmail)}</a></p>`
        : nothing}
      <div class="actions">
        ${this.backButton(t, 'questions')}
        ${canRequest
          ? html`<button type="button" class=${outcome === 'not-eligible' ? '' : 'primary'} part=${outcome === 'not-eligible' ? 'button' : 'button button-primary'} @click=${() => void this.go('form')}>
              ${action}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderErrorSummary(t: WidgetMessages, errors: readonly ShownError[], ids: Readonly<Record<string, string>>): TemplateResult | typeof nothing {
    if (errors.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${t.errorSummaryHeading}</h3>
      <p>${t.errorSummaryIntro}</p>
      <ul>
        ${errors.map((e) => {
          const id = e.field ? ids[e.field] : undefined;
          return html`<li>${id ? html`<a href="#${id}" @click=${this.focusField}>${this.errorText(e)}</a>` : this.errorText(e)}</li>`;
        })}
      </ul>
    </div>`;
  }

  private fieldError(field: keyof FormState): ShownError | undefined {
    return this.formErrors.find((e) => e.field === field);
  }

  private textField(
    field: 'name' | 'role' | 'email' | 'phone' | 'partnersOther',
    label: string,
    options: { type?: string; autocomplete?: string; hint?: string; optional?: boolean } = {},
  ): TemplateResult {
    const error = this.fieldError(field);
    const id = `f-${field}`;
    const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${label}${options.optional ? html` <span class="hint-inline">${this.t.optional}</span>` : nothing}</label>
      ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
      ${error ? html`<span class="error-text" id="${id}-error">${this.errorText(error)}</span>` : nothing}
      <input
        id=${id}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${this.form[field]}
      />
    </div>`;
  }

  private choiceGroup(
    field: 'supportTypes' | 'planPhase' | 'partners',
    legend: string,
    items: ReadonlyArray<{ id: string; label: { nl: string; en: string } }>,
    type: 'checkbox' | 'radio',
    hint?: string,
  ): TemplateResult {
    const error = this.fieldError(field);
    const id = `f-${field}`;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const value = this.form[field];
    return html`<fieldset id=${id} class=${error ? 'has-error' : ''} aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'}>
      <legend>${legend}</legend>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error-text" id="${id}-error">${this.errorText(error)}</span>` : nothing}
      ${items.map(
        (item, i) => html`<div class="choice">
          <input
            type=${type}
            id="${id}-${i}"
            name=${field}
            value=${item.id}
            .checked=${Array.isArray(value) ? value.includes(item.id) : value === item.id}
          />
          <label for="${id}-${i}">${this.labelFor(item.id, items)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderFormStep(t: WidgetMessages, core: CoreModule): TemplateResult {
    const f = this.form;
    const questionError = this.fieldError('question');
    const consentError = this.fieldError('privacyConsent');
    const startError = this.fieldError('preferredStart');
    const ids: Record<string, string> = {
      name: 'f-name',
      role: 'f-role',
      email: 'f-email',
      phone: 'f-phone',
      supportTypes: 'f-supportTypes-0',
      planPhase: 'f-planPhase-0',
      question: 'f-question',
      partners: 'f-partners-0',
      partnersOther: 'f-partnersOther',
      preferredStart: 'f-preferredStart',
      privacyConsent: 'f-privacyConsent',
    };
    const busy = this.submission.submitting;
    return html`
      ${this.heading(t.formHeading)}
      <p>${t.formIntro}</p>
      <p class="note">${t.requiredNote} ${t.draftKept}</p>
      <form part="form" novalidate @submit=${this.onRequestSubmit} @input=${this.onFormInput}>
        ${this.renderErrorSummary(t, this.formErrors, ids)}
        ${this.submitError
          ? html`<div class="alert" id="submit-error" tabindex="-1" part="error-summary">
              <p>${this.submitErrorText(this.submitError)}</p>
              ${this.contactEmail ? html`<p><a href=${`mailto:${this.contactEmail}`}>${t.contactByEmail(this.contactEmail)}</a></p>` : nothing}
            </div>`
          : nothing}
        <fieldset>
          <legend>${t.contactLegend}</legend>
          ${this.textField('name', t.nameLabel, { autocomplete: 'name' })}
          ${this.textField('role', t.roleLabel, { autocomplete: 'organization-title', hint: t.roleHint })}
          ${this.textField('email', t.emailLabel, { type: 'email', autocomplete: 'email' })}
          ${this.textField('phone', t.phoneLabel, { type: 'tel', autocomplete: 'tel', optional: true })}
        </fieldset>
        ${this.choiceGroup('supportTypes', t.supportTypesLegend, core.supportTypes, 'checkbox')}
        ${this.choiceGroup('planPhase', t.planPhaseLegend, core.planPhases, 'radio')}
        <div class="field ${questionError ? 'has-error' : ''}">
          <label for="f-question">${t.questionLabel}</label>
          <span class="hint" id="f-question-hint">${t.questionHint}</span>
          ${questionError ? html`<span class="error-text" id="f-question-error">${this.errorText(questionError)}</span>` : nothing}
          <textarea
            id="f-question"
            name="question"
            rows="6"
            aria-describedby=${questionError ? 'f-question-hint f-question-error' : 'f-question-hint'}
            aria-invalid=${questionError ? 'true' : 'false'}
            required
            .value=${f.question}
          ></textarea>
        </div>
        ${this.choiceGroup('partners', t.partnersLegend, core.partnerKinds, 'checkbox', t.partnersHint)}
        ${f.partners.includes('other') ? this.textField('partnersOther', t.partnersOtherLabel, { optional: true }) : nothing}
        <div class="field ${startError ? 'has-error' : ''}">
          <label for="f-preferredStart">${t.preferredStartLabel} <span class="hint-inline">${t.optional}</span></label>
          <span class="hint" id="f-preferredStart-hint">${t.preferredStartHint}</span>
          ${startError ? html`<span class="error-text" id="f-preferredStart-error">${this.errorText(startError)}</span>` : nothing}
          <input
            id="f-preferredStart"
            name="preferredStart"
            type="date"
            class="short"
            aria-describedby=${startError ? 'f-preferredStart-hint f-preferredStart-error' : 'f-preferredStart-hint'}
            aria-invalid=${startError ? 'true' : 'false'}
            .value=${f.preferredStart}
          />
        </div>
        <div class="field ${consentError ? 'has-error' : ''}">
          ${consentError ? html`<span class="error-text" id="f-privacyConsent-error">${this.errorText(consentError)}</span>` : nothing}
          <div class="choice">
            <input
              type="checkbox"
              id="f-privacyConsent"
              name="privacyConsent"
              required
              aria-describedby=${consentError ? 'f-privacyConsent-error' : nothing}
              aria-invalid=${consentError ? 'true' : 'false'}
              .checked=${f.privacyConsent}
            />
            <label for="f-privacyConsent">${t.consentLabel}</label>
          </div>
          ${this.privacyUrl ? html`<p><a href=${this.privacyUrl} target="_blank" rel="noopener noreferrer">${t.privacyLink}</a></p>` : nothing}
        </div>
        <div class="trap" aria-hidden="true">
          <label for="f-website">${t.honeypotLabel}</label>
          <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${this.honeypot} />
        </div>
        ${this.mailto
          ? html`<div class="panel">
              <p>${t.mailHint}</p>
              <p><a id="mailto-link" class="button primary" part="button button-primary" href=${this.mailto}>${t.submitMail}</a></p>
            </div>`
          : nothing}
        <div class="actions">
          ${this.backButton(t, 'result')}
          <button type="submit" class="primary" part="button button-primary" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? t.submitting : this.endpoint ? t.submit : t.submitMail}
          </button>
        </div>
      </form>
    `;
  }

  private renderDoneStep(t: WidgetMessages): TemplateResult {
    return html`
      ${this.heading(t.doneHeading)}
      <p>${t.doneText}</p>
      ${this.confirmation
        ? html`<p>${t.referenceLabel}:</p>
            <p class="reference" part="reference">${this.confirmation.reference}</p>
            <p>${t.doneNext}</p>`
        : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.startOver}>${t.startOver}</button>
      </div>
    `;
  }
}

function order(field: ShownError['field']): number {
  const i = field ? fieldOrder.indexOf(field as keyof FormState) : -1;
  return i === -1 ? -1 : i;
}

function sourceText(source: unknown): string {
  if (!source) return '';
  if (typeof source === 'string') return source;
  const s = source as { title?: string; publisher?: string; tableId?: string; source?: string };
  const title = s.title ?? s.source ?? '';
  const publisher = s.publisher ?? '';
  const table = s.tableId ? ` (${s.tableId})` : '';
  return [publisher, title].filter(Boolean).join(', ') + table;
}
