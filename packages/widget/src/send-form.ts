// Runs in the core chunk (see core-features.ts): it imports no runtime code of the first load, or
// the bundler would split that code into a file of its own; the caller hands in what it needs.
import type { CoreModule } from './domain.js';
import { buildMailto } from './mailto.js';
import type { SupportRequest } from './domain-types.js';
import type { ShownError } from './field-errors.js';
import type { FormState } from './form.js';
import type { RequestContext } from './request-builder.js';
import type { SummarySource } from './request-summary.js';
import type { submit } from './submit.js';
import type { SubmitErrorReason, SubmitSettings } from './submit-types.js';

/** Everything the request form needs to be checked as core's schema checks it. */
export interface CheckFormInput extends SummarySource {
  core: CoreModule;
  form: FormState;
  context: RequestContext;
  /** The start date from its three fields (date-parts.ts `composeDate`): undefined when empty, null when no real date. */
  start: string | null | undefined;
  /** The form's fields in the order they are shown; errors are listed in this order. */
  fieldOrder: readonly string[];
}

/** Everything the check step needs to send the request (or to prepare the e-mail). */
export interface SendFormInput extends CheckFormInput {
  endpoint: string | undefined;
  contactEmail: string | undefined;
  /** The field people never see; sent along so the endpoint can spot bots. */
  honeypot: string;
  settings: SubmitSettings;
  /** Sends the request (submit.ts). */
  submit: typeof submit;
}

/** What checking the form came to: the request as it will be sent, or what to fix. */
export type CheckFormResult = { kind: 'invalid'; errors: ShownError[] } | { kind: 'valid'; request: SupportRequest };

/** What sending came to. `mailto` is the e-mail with the entered data, when there is an address. */
export type SendFormResult =
  | { kind: 'invalid'; errors: ShownError[]; fromServer: boolean; mailto: string | null }
  | { kind: 'mail'; mailto: string | null }
  | { kind: 'ok'; reference: string; id: string }
  | { kind: 'failed'; reason: Exclude<SubmitErrorReason, 'invalid'>; mailto: string | null; retryAfter?: number };

/** Checks the form with core's zod-free twin of the request schema: the verdict and errors of the endpoint's own check. */
export function checkForm(input: CheckFormInput): CheckFormResult {
  const { core, t, start, fieldOrder } = input;
  // The date fields are the widget's own: an incomplete date is left out of the request and
  // reported in the fields' words.
  const parsed = core.readSupportRequest(core.buildSupportRequest(input.form, { ...input.context, preferredStart: start ?? undefined }));
  const dateError = start === null ? [{ path: 'preferredStart', code: 'date', message: { nl: t.preferredStartInvalid, en: t.preferredStartInvalid } }] : [];
  const errors = [...(parsed.success ? [] : parsed.errors), ...dateError];
  if (!parsed.success || errors.length > 0) return { kind: 'invalid', errors: core.toShownErrors(errors, fieldOrder) };
  return { kind: 'valid', request: parsed.data };
}

/**
 * Checks the form again, then sends it to the endpoint, or, without one, prepares the e-mail.
 * After a failed send the e-mail is offered with the same data, so nothing is lost.
 */
export async function sendForm(input: SendFormInput): Promise<SendFormResult> {
  const checked = checkForm(input);
  if (checked.kind === 'invalid') return { ...checked, fromServer: false, mailto: null };
  const { request } = checked;
  // Written only when it is the way forward: without an endpoint, or after a failed send.
  const mail = () => (input.contactEmail ? buildMailto(input.contactEmail, request, input) : null);
  if (!input.endpoint) return { kind: 'mail', mailto: mail() };
  const outcome = await input.submit(input.endpoint, { ...request, website: input.honeypot }, request.clientRequestId, input.settings);
  if (outcome.kind === 'ok') return { kind: 'ok', reference: outcome.reference, id: outcome.id };
  const mailto = mail();
  if (outcome.kind === 'invalid') return { kind: 'invalid', errors: input.core.toShownErrors(outcome.errors, input.fieldOrder), fromServer: true, mailto };
  if (outcome.kind === 'busy') return { kind: 'failed', reason: 'busy', retryAfter: outcome.retryAfter, mailto };
  return { kind: 'failed', reason: outcome.reason, mailto };
}
