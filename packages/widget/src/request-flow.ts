import type { ReactiveControllerHost } from 'lit';
import { FormStateController } from './controllers/form-state.js';
import { composeDate } from './date-parts.js';
import type { CoreModule } from './domain.js';
import type { Catalogue, EligibilityResult, SupportRequest } from './domain-types.js';
import { emit, type SubmitErrorDetail, type SubmittedDetail } from './events.js';
import { emptyForm, formFields, withFormInput, type FormState } from './form.js';
import type { WidgetLanguage, WidgetMessages } from './messages/index.js';
import { newRequestId } from './request-id.js';
import type { CheckFormInput, SendFormResult } from './send-form.js';
import { submit } from './submit.js';
import type { SubmitErrorReason, SubmitSettings } from './submit-types.js';

/** The message for a failed send. */
export function submitErrorText(t: WidgetMessages, reason: Exclude<SubmitErrorReason, 'invalid'>, retryAfter = 0): string {
  if (reason === 'busy') return t.submitErrorBusy(t.waitTime(retryAfter));
  if (reason === 'rejected') return t.submitErrorRejected;
  return reason === 'server' ? t.submitErrorServer : t.submitErrorNetwork;
}

/** What the request step reads from the element. */
export interface RequestFlowOptions {
  settings(): SubmitSettings & { endpoint: string | undefined; contactEmail: string | undefined };
  core(): CoreModule | null;
  municipality(): { code: string; name: string } | null;
  result(): EligibilityResult | null;
  language(): WidgetLanguage;
  t(): WidgetMessages;
  labelFor(id: string, catalogue: Catalogue): string;
  announce(text: string): void;
  /** Called after every change that belongs in the draft. */
  onChange(): void;
  /** The visitor opened the prefilled e-mail. */
  onMailHandOff(): void;
  /** The form passed the check: show the answers before sending. */
  onChecked(): void;
  /** The endpoint named fields to fix: show the form again (without moving focus; the errors take it). */
  onFieldErrors(): void;
  /** The endpoint stored the request: show the confirmation. */
  onSubmitted(detail: SubmittedDetail): void;
}

/**
 * Steps 5 and 6's state and behaviour: the form, its request key, the check of the answers, sending
 * and what sending came to (confirmation, field errors, a failure with the e-mail that carries the
 * entered data).
 */
export class RequestFlow {
  readonly form: FormStateController<FormState>;
  /** The Idempotency-Key; kept until the server has answered, so a retry is stored once. */
  clientRequestId = newRequestId();
  /** The field people never see: kept apart from the form and the draft. */
  honeypot = '';
  submitting = false;
  submitError: Exclude<SubmitErrorReason, 'invalid'> | null = null;
  /** With `busy`: the seconds the endpoint asked to wait. */
  retryAfter = 0;
  /** The e-mail with the entered data: the way forward without an endpoint or after a failure. */
  mailto: string | null = null;
  /** The request as checked: shown on the check step and, once sent, on the confirmation. Never stored. */
  checked: SupportRequest | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: RequestFlowOptions,
  ) {
    this.form = new FormStateController(host, { empty: emptyForm, update: withFormInput, clearErrorOnInput: true, onChange: options.onChange });
  }

  readonly handleMailHandOff = (): void => this.options.onMailHandOff();

  readonly handleInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'website') return void (this.honeypot = target.value);
    this.form.handleInput(event);
    // A prepared e-mail (without an endpoint) would no longer carry what was typed: prepare it again on submit.
    if (this.mailto && !this.submitError) this.update({ mailto: null });
  };

  /** The form's submit: checks the answers and, when they pass, shows them (the check step). */
  readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    const input = this.checkInput();
    if (!input) return;
    const outcome = input.core.checkForm(input);
    this.update({ submitError: null, mailto: null, checked: outcome.kind === 'valid' ? outcome.request : null });
    if (outcome.kind === 'valid') return this.options.onChecked();
    this.form.showErrors(outcome.errors);
  };

  /** The check step's submit. */
  readonly handleSend = (event: Event): Promise<void> => {
    event.preventDefault();
    return this.send();
  };

  /** Checks and sends the form; after a 429 the retry button calls it again with the same key. */
  readonly send = async (): Promise<void> => {
    const { options } = this;
    const input = this.checkInput();
    if (!input || this.submitting) return;
    const { endpoint, contactEmail, ...settings } = options.settings();
    this.update({ submitError: null, mailto: null, submitting: !!endpoint });
    if (endpoint) options.announce(options.t().submitting);
    // The checking and sending code rides in the core chunk; the first load has only this call.
    this.show(await input.core.sendForm({ ...input, endpoint, contactEmail, honeypot: this.honeypot, settings, submit }));
  };

  /** Forgets the form and the key (start again). */
  reset(): void {
    this.form.reset();
    this.clientRequestId = newRequestId();
    this.update({ submitError: null, mailto: null, checked: null });
  }

  /** What core's check of the form needs; null until core is in. */
  private checkInput(): CheckFormInput | null {
    const { options } = this;
    const core = options.core();
    if (!core) return null;
    const context = { clientRequestId: this.clientRequestId, municipality: options.municipality(), eligibility: options.result()?.record, language: options.language() };
    const form = this.form.value;
    const base = { core, form, context, t: options.t(), language: options.language(), labelFor: options.labelFor, catalogues: core.requestCatalogues, result: options.result() };
    return { ...base, start: composeDate(form.preferredStart), fieldOrder: formFields };
  }

  private show(outcome: SendFormResult): void {
    this.form.errors = [];
    this.update({ submitting: false, mailto: outcome.kind === 'ok' ? null : outcome.mailto });
    if (outcome.kind === 'ok') return this.options.onSubmitted({ reference: outcome.reference, id: outcome.id });
    if (outcome.kind === 'mail') return this.focusAfterUpdate('#mailto-link');
    // The server answered: this key was not stored, so a corrected request needs its own.
    if (outcome.kind === 'invalid' ? outcome.fromServer : outcome.reason === 'rejected') {
      this.clientRequestId = newRequestId();
      this.options.onChange();
    }
    if (outcome.kind === 'invalid') {
      this.options.onFieldErrors();
      this.form.showErrors(outcome.errors);
      if (outcome.fromServer) emit<SubmitErrorDetail>(this.host, 'npo-submit-error', { reason: 'invalid' });
      return;
    }
    this.update({ submitError: outcome.reason, retryAfter: outcome.retryAfter ?? 0 });
    // The message takes focus, so it is read out once (not also from the status region) and the
    // retry button or the e-mail link is the next stop.
    this.options.announce('');
    this.focusAfterUpdate('#submit-error');
    emit<SubmitErrorDetail>(this.host, 'npo-submit-error', { reason: outcome.reason });
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private update(changes: Partial<Pick<RequestFlow, 'submitting' | 'submitError' | 'mailto' | 'retryAfter' | 'checked'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
