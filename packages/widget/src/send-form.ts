// Runs in the core chunk (see core-features.ts): it imports no runtime code of the first load, or
// the bundler would split that code into a file of its own; the caller hands in what it needs.
import type { CoreModule } from './domain.js';
import { buildMailto, type MailCatalogues } from './mailto.js';
import type { Catalogue, EligibilityResult, SupportRequest } from './domain-types.js';
import type { ShownError } from './field-errors.js';
import type { FormState } from './form.js';
import type { WidgetMessages } from './messages/index.js';
import type { RequestContext } from './request-builder.js';
import type { submit } from './submit.js';
import type { SubmitErrorReason, SubmitSettings } from './submit-types.js';

/** Everything step 5 needs to check and send the request (or to prepare the e-mail). */
export interface SendFormInput {
  core: CoreModule;
  form: FormState;
  context: RequestContext;
  endpoint: string | undefined;
  contactEmail: string | undefined;
  /** The field people never see; sent along so the endpoint can spot bots. */
  honeypot: string;
  settings: SubmitSettings;
  t: WidgetMessages;
  /** A catalogue id worded in the visitor's language. */
  labelFor(id: string, catalogue: Catalogue): string;
  /** The catalogues the request's lists draw from. */
  catalogues: MailCatalogues;
  result: EligibilityResult | null;
  /** The start date from its three fields (date-parts.ts `composeDate`): undefined when empty, null when no real date. */
  start: string | null | undefined;
  /** The form's fields in the order they are shown; errors are listed in this order. */
  fieldOrder: readonly string[];
  /** Sends the request (submit.ts). */
  submit: typeof submit;
}

/** What sending the form came to. `mailto` is the e-mail with the entered data, when there is an address. */
export type SendFormResult =
  | { kind: 'invalid'; errors: ShownError[]; fromServer: boolean; mailto: string | null }
  | { kind: 'mail'; mailto: string | null }
  | { kind: 'ok'; reference: string; id: string }
  | { kind: 'failed'; reason: Exclude<SubmitErrorReason, 'invalid'>; mailto: string | null; retryAfter?: number };

/** The request as an e-mail to the contact address. */
async function mailFor(input: SendFormInput, request: SupportRequest): Promise<string | null> {
  if (!input.contactEmail) return null;
  return buildMailto(input.contactEmail, request, input.t, input.labelFor, input.catalogues, input.result, input.context.language);
}

/**
 * Checks the form with core's schema, then sends it to the endpoint, or, without one, prepares
 * the e-mail. After a failed send the e-mail is offered with the same data, so nothing is lost.
 */
export async function sendForm(input: SendFormInput): Promise<SendFormResult> {
  const { core, t } = input;
  // The date fields are the widget's own: an incomplete date is left out of the request and
  // reported in the fields' words.
  const { start, fieldOrder } = input;
  const parsed = core.parseSupportRequest(core.buildSupportRequest(input.form, { ...input.context, preferredStart: start ?? undefined }));
  const dateError = start === null ? [{ path: 'preferredStart', code: 'date', message: { nl: t.preferredStartInvalid, en: t.preferredStartInvalid } }] : [];
  const errors = [...(parsed.success ? [] : parsed.errors), ...dateError];
  if (!parsed.success || errors.length > 0) return { kind: 'invalid', errors: core.toShownErrors(errors, fieldOrder), fromServer: false, mailto: null };
  const request = parsed.data;
  if (!input.endpoint) return { kind: 'mail', mailto: await mailFor(input, request) };
  const outcome = await input.submit(input.endpoint, { ...request, website: input.honeypot }, request.clientRequestId, input.settings);
  if (outcome.kind === 'ok') return { kind: 'ok', reference: outcome.reference, id: outcome.id };
  const mailto = await mailFor(input, request);
  if (outcome.kind === 'invalid') return { kind: 'invalid', errors: core.toShownErrors(outcome.errors, fieldOrder), fromServer: true, mailto };
  if (outcome.kind === 'busy') return { kind: 'failed', reason: 'busy', retryAfter: outcome.retryAfter, mailto };
  return { kind: 'failed', reason: outcome.reason, mailto };
}
