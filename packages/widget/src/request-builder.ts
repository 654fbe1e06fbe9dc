import type { DecisionRecord } from './domain-types.js';
import type { FormState } from './form.js';
import type { WidgetLanguage } from './messages/index.js';

/** What a support request is made of besides the form. */
export interface RequestContext {
  clientRequestId: string;
  municipality: { code: string; name: string } | null;
  eligibility: DecisionRecord | undefined;
  language: WidgetLanguage;
  /** The start date from the form's three fields as `YYYY-MM-DD` (see date-parts.ts); left out when undefined. */
  preferredStart?: string | undefined;
}

/**
 * The support request from the form as typed: trimmed, optional fields left out when empty.
 * Unchecked on purpose: core's `readSupportRequest` (the zod-free `parseSupportRequest`) validates it and names every error.
 */
export function buildSupportRequest(f: FormState, context: RequestContext): Record<string, unknown> {
  const contact: Record<string, string> = { name: f.name.trim(), role: f.role.trim(), email: f.email.trim() };
  if (f.phone.trim()) contact['phone'] = f.phone.trim();
  const m = context.municipality;
  const request: Record<string, unknown> = {
    clientRequestId: context.clientRequestId,
    municipality: m ? { code: m.code, name: m.name } : undefined,
    contact,
    supportTypes: f.supportTypes,
    planPhases: f.planPhases,
    question: f.question.trim(),
    partners: f.partners,
    eligibility: context.eligibility,
    privacyConsent: f.privacyConsent,
    language: context.language,
  };
  if (f.supportTypes.includes('other') && f.supportTypeOther.trim()) request['supportTypeOther'] = f.supportTypeOther.trim();
  if (f.partners.includes('other') && f.partnersOther.trim()) request['partnersOther'] = f.partnersOther.trim();
  if (f.preferredForm) request['preferredForm'] = f.preferredForm;
  if (f.preferredIntensity) request['preferredIntensity'] = f.preferredIntensity;
  // Composed by the caller: this module runs in the core chunk and shares no code with the first load.
  if (context.preferredStart) request['preferredStart'] = context.preferredStart;
  return request;
}
