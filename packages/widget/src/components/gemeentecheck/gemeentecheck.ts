import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { HostSettingsController } from '../../controllers/host-settings.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { HostContact } from '../../host-contact.js';
import type { OfferStatus } from '../../offer-status.js';
import { StepNavigationController, type StepId } from '../../controllers/step-navigation.js';
import { loadCore, loadData, type CoreModule } from '../../domain.js';
import type { DataModule } from '../../domain-types.js';
import { DraftSync } from '../../draft-sync.js';
import { emit, type SubmittedDetail } from '../../events.js';
import { hostWording, languageOf, loadMessages, resolveMessages, type WidgetLanguage, type WidgetMessageOverrides, type WidgetMessages } from '../../messages/index.js';
import { MunicipalityChoice } from '../../municipality-choice.js';
import { postcodeAdvice } from '../../postcode-advice.js';
import { RequestFlow } from '../../request-flow.js';
import { QuestionsFlow } from '../../questions-flow.js';
import { styles } from './gemeentecheck.styles.js';
import type { LaterSteps } from './steps/later-steps.js';
import { loadLaterSteps } from './steps/load-later-steps.js';
import { renderStep, type WidgetView } from './steps/render-step.js';

/**
 * `<npo-gemeentecheck>`: checks whether a municipality qualifies for the free NP Onderwijs support
 * for smaller municipalities, explains the outcome per criterion, and sends a support request.
 *
 * @tagname npo-gemeentecheck
 * @summary Eligibility check and support request for smaller municipalities (NP Onderwijs).
 *
 * @event npo-result - The check has an outcome. `detail` is the decision record (policy, answers, data snapshot, outcome).
 * @event npo-submitted - The endpoint stored the request. `detail` is `{ reference, id }`.
 * @event npo-submit-error - Sending failed. `detail` is `{ reason }`: 'network', 'timeout', 'server', 'busy', 'rejected' or 'invalid'.
 *
 * Parts and custom properties: see theme-table.ts and gemeentecheck.tokens.ts (custom-elements.json and
 * docs/theming.md list them).
 *
 * @public
 */
export class NpoGemeentecheck extends LitElement {
  /** Styles from the documented custom properties only. */
  static override styles = styles;

  /** Attributes, and the internal state a change of which re-renders (`state: true`, Lit's `@state`). */
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    municipality: { type: String },
    contactEmail: { type: String, attribute: 'contact-email' },
    contactName: { type: String, attribute: 'contact-name' },
    contactPhone: { type: String, attribute: 'contact-phone' },
    offerStatus: { type: String, attribute: 'offer-status' },
    today: { type: String },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    messages: { attribute: false },
    timeout: { type: Number },
    retries: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    data: { state: true },
    core: { state: true },
    laterSteps: { state: true },
    loadFailed: { state: true },
    confirmation: { state: true },
    statusText: { state: true },
    restored: { state: true },
  };

  /** URL the request is POSTed to as JSON. Without it the form offers an email to `contact-email`. */
  declare endpoint: string | undefined;
  /** Preselects a municipality by code (e.g. `GM0981`) or name. */
  declare municipality: string | undefined;
  /** Email address for contact and for the request when there is no endpoint; also the contact person's e-mail. */
  declare contactEmail: string | undefined;
  /** Name of the contact person (1 to 100 characters), shown wherever the visitor is asked to get in touch. */
  declare contactName: string | undefined;
  /** Phone number of the contact person (core's `PHONE_PATTERN`). */
  declare contactPhone: string | undefined;
  /**
   * `open` or `closed`. Without it (or with another value, which logs a warning) the status follows the
   * offer period and {@link NpoGemeentecheck.today}. Closed: the check still runs, and a contact block
   * replaces the request form.
   */
  declare offerStatus: string | undefined;
  /** Today's date as `YYYY-MM-DD` for the offer status (tests, previews); default the visitor's own date. */
  declare today: string | undefined;
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

  /** Resolves once the municipality data has loaded (or failed to) and a draft is restored and rendered. */
  readonly ready: Promise<void>;

  declare private data: DataModule | null;
  declare private core: CoreModule | null;
  declare private laterSteps: LaterSteps | null;
  declare private loadFailed: boolean;
  declare private confirmation: SubmittedDetail | null;
  declare private statusText: string;
  declare private restored: boolean;
  private markReady: () => void = () => {};

  private readonly steps = new StepNavigationController(this);
  private readonly selection = new MunicipalityChoice(this, {
    data: () => this.data,
    onChoose: () => this.drafts.save(),
    announce: (count) => this.announce(count === 0 ? (this.postcodeAdvice() ?? this.t.noResults) : this.t.searchResults(count)),
  });
  private readonly questions = new QuestionsFlow(this, {
    core: () => this.core,
    data: () => this.data,
    municipality: () => this.selection.selected,
    t: () => this.t,
    onChange: () => this.drafts.save(),
    onResult: () => this.go('result'),
  });
  private readonly request = new RequestFlow(this, {
    settings: () => ({ endpoint: this.endpoint, contactEmail: this.contactEmail, timeout: this.timeout, retries: this.retries, retryDelay: this.retryDelay }),
    core: () => this.core,
    municipality: () => this.selection.selected,
    result: () => this.questions.result,
    language: () => this.language,
    t: () => this.t,
    labelFor: (id, catalogue) => this.wording.labelFor(id, catalogue),
    announce: (text) => this.announce(text),
    onChange: () => this.drafts.save(),
    // The visitor's mail program has the data now; storage keeps only the answers.
    onMailHandOff: () => this.drafts.save(false),
    onChecked: () => this.go('check'),
    onFieldErrors: () => this.steps.go('form', false),
    onSubmitted: (detail) => {
      this.confirmation = detail;
      this.drafts.clear();
      this.steps.go('done');
      emit<SubmittedDetail>(this, 'npo-submitted', detail);
    },
  });

  private readonly drafts = new DraftSync({ steps: this.steps, selection: this.selection, questions: this.questions, request: this.request }, {
    endpoint: () => this.endpoint,
    contactEmail: () => this.contactEmail,
    ensureCore: () => this.ensureCore(),
  });

  constructor() {
    super();
    new LocalizeController(this);
    Object.assign(this, { timeout: 15_000, retries: 3, retryDelay: 1_000, data: null, core: null, laterSteps: null, loadFailed: false });
    Object.assign(this, { confirmation: null, statusText: '', restored: false });
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Starts loading the municipality data and restores a draft. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data || this.loadFailed) return;
    void loadData()
      .then(async (data) => {
        this.data = data;
        // A visitor who typed while the data loaded sees "loading" until the options come.
        this.selection.combobox.searchAgain();
        this.restored = await this.drafts.restore();
        if (this.restored) this.announce(this.t.draftRestored);
        if (!this.selection.selected && this.municipality) this.selection.preselect(this.municipality);
      })
      .catch(() => void (this.loadFailed = true))
      .then(() => this.updateComplete)
      .then(this.markReady);
  }

  /** Core and the later steps are needed from step 2 on; they load while the visitor picks a municipality. */
  private async ensureCore(): Promise<CoreModule | null> {
    if (this.core && this.laterSteps) return this.core;
    const loaded = await Promise.all([loadCore(), loadLaterSteps()]).catch(() => null);
    if (!loaded) return ((this.loadFailed = true), null);
    [this.core, this.laterSteps] = loaded;
    return this.core;
  }

  /** Waits for the English texts before rendering in English, so no Dutch flashes by. */
  protected override async scheduleUpdate(): Promise<void> {
    await loadMessages(this.language);
    super.scheduleUpdate();
  }

  /** Applies a changed `municipality` attribute when nothing is chosen yet. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('municipality') && this.data && this.municipality && !this.selection.selected) this.selection.preselect(this.municipality);
  }

  private readonly hostSettings = new HostSettingsController(this);
  /** Whether the offer takes requests; see `offer-status`. */
  get offer(): OfferStatus {
    return this.hostSettings.offer;
  }
  /** The host's contact person (valid parts only). */
  get contact(): HostContact {
    return this.hostSettings.contact;
  }

  /** The language in use: the element's own `lang`, else the nearest ancestor's; Dutch for any other language. */
  get language(): WidgetLanguage {
    return languageOf(this);
  }

  private get t(): WidgetMessages {
    return resolveMessages(this.language, this.messages);
  }

  private announce(text: string): void {
    // A repeated text is changed slightly so that screen readers announce it again.
    this.statusText = this.statusText === text ? `${text}\u00a0` : text;
  }

  private readonly go = (step: StepId, focus?: string): void => {
    this.request.mailto = null;
    this.steps.go(step, focus);
    this.drafts.save();
  };

  private readonly onMunicipalitySubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!this.data) return;
    if (!this.selection.confirm(this.t.municipalityNotFound, this.t.municipalityRequired)) {
      // Said by the status region and shown beside the field, which gets the focus back.
      this.announce(this.selection.error ?? '');
      return void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#municipality-input')?.focus());
    }
    if (await this.ensureCore()) this.go('figures');
  };

  private readonly startOver = (): void => {
    this.drafts.clear();
    this.questions.reset();
    this.request.reset();
    this.selection.clear();
    this.confirmation = null;
    this.steps.go('municipality');
  };

  private get wording() {
    return hostWording(this.language, this.messages);
  }

  /** What the steps show and call. `t: t`, not shorthand: the manifest analyzer would list a shorthand `t` as a module variable. */
  private view(t: WidgetMessages): WidgetView {
    const { core, laterSteps, selection, questions, request, restored, loadFailed } = this;
    const base = { t: t, language: this.language, settings: this, go: this.go, ...this.wording };
    const handlers = { onMunicipalitySubmit: this.onMunicipalitySubmit, prefetchCore: () => void this.ensureCore(), onQuestionsSubmit: questions.handleSubmit, startOver: this.startOver };
    const reference = this.confirmation?.reference ?? null;
    const extras = { postcodeAdvice: this.postcodeAdvice() };
    return { ...base, ...handlers, ...extras, step: this.steps.current, loadFailed, loaded: !!this.data, core, laterSteps, selection, restored, questions: questions.answers, open: questions.open, sizeLimit: questions.sizeLimit, result: questions.result, request, reference };
  }

  private postcodeAdvice(): string | null {
    return postcodeAdvice(this.data, this.selection.combobox.query, this.t.postcodeAdvice);
  }

  /** Renders the current step (see ./steps/). */
  protected override render(): TemplateResult {
    const { t, language, steps } = this;
    return html`
      <section class="container" part="container" aria-label=${t.widgetLabel} lang=${language}>
        <p class="progress" part="progress">${t.stepOf(steps.index + 1, steps.total)}</p>
        ${renderStep(this.view(t))}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.statusText}</div>
      </section>
    `;
  }
}
