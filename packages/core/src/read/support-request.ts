import { fieldError } from '../field-errors.js';
import { eligibilityOutcomeIds, languageIds, partnerKindIds, planPhaseIds, preferredFormIds, preferredIntensityIds, supportTypeIds } from '../ids.js';
import { DATA_SNAPSHOT_PATTERN, EMAIL_PATTERN, MUNICIPALITY_CODE_PATTERN, PHONE_PATTERN, POLICY_ID_PATTERN, UUID_PATTERN, VERSION_PATTERN } from '../patterns.js';
import { supportRequestLimits as limits } from '../support-request/limits.js';
import type { ParseSupportRequestResult } from '../support-request/parse.js';
import type { SupportRequest } from '../support-request/schema.js';
import { readEligibilityFields } from './eligibility-input.js';
import { isObjectLike, optional, readDate, readList, readObject, readOption, readPattern, readText, shape, type Errors } from './fields.js';

// A support request read without zod: the same verdict, value and field errors as
// `parseSupportRequest` (compared on generated requests in the tests).

const text = (limit: { min: number; max: number }, multiline = false) => readText(limit.min, limit.max, multiline);

// Built in a pure-annotated call, so that a bundle that never reads a request leaves it out.
const municipalityShape = /* @__PURE__ */ (() =>
  shape({
    code: readPattern(MUNICIPALITY_CODE_PATTERN, 'invalid-municipality-code'),
    name: text(limits.municipalityName),
  }))();

const contactShape = /* @__PURE__ */ (() =>
  shape({
    name: text(limits.contactName),
    role: text(limits.contactRole),
    email: readPattern(EMAIL_PATTERN, 'invalid-email'),
    phone: optional(readPattern(PHONE_PATTERN, 'invalid-phone')),
  }))();

const policyReferenceShape = /* @__PURE__ */ (() =>
  shape({
    id: readPattern(POLICY_ID_PATTERN),
    version: readPattern(VERSION_PATTERN, 'invalid-version'),
  }))();

const decisionRecordShape = /* @__PURE__ */ (() => {
  const snapshot = readPattern(DATA_SNAPSHOT_PATTERN);
  return shape({
    policy: (e: Errors, p: string, v: unknown) => readObject(e, p, v, policyReferenceShape),
    answers: readEligibilityFields,
    dataSnapshot: (e: Errors, p: string, v: unknown) => (v === null ? null : snapshot(e, p, v)),
    outcome: readOption(eligibilityOutcomeIds),
  });
})();

const requestShape = /* @__PURE__ */ (() =>
  shape({
    clientRequestId: readPattern(UUID_PATTERN, 'invalid-uuid'),
    municipality: (e: Errors, p: string, v: unknown) => readObject(e, p, v, municipalityShape),
    contact: (e: Errors, p: string, v: unknown) => readObject(e, p, v, contactShape),
    supportTypes: readList(supportTypeIds, 'support-types-required'),
    supportTypeOther: optional(text(limits.supportTypeOther)),
    planPhases: readList(planPhaseIds, 'plan-phases-required'),
    preferredForm: optional(readOption(preferredFormIds)),
    preferredIntensity: optional(readOption(preferredIntensityIds)),
    question: text(limits.question, true),
    partners: readList(partnerKindIds),
    partnersOther: optional(text(limits.partnersOther)),
    preferredStart: optional(readDate),
    eligibility: (e: Errors, p: string, v: unknown) => readObject(e, p, v, decisionRecordShape),
    privacyConsent: readOption([true], 'consent-required', 'consent-required'),
    language: readOption(languageIds),
  }))();

/** Choosing `other` in a list requires its free text (checked even when other fields fail). */
function otherRequires(
  errors: Errors,
  value: Record<string, unknown>,
  out: Record<string, unknown>,
  listKey: string,
  textKey: string,
  code: 'partners-other-required' | 'support-type-other-required'
): void {
  const list = value[listKey];
  if (Array.isArray(list) && list.includes('other') && out[textKey] === undefined) errors.push(fieldError(textKey, code));
}

/**
 * Checks a support request without zod: the same verdict, value and field errors as
 * {@link parseSupportRequest}, for bundles that must stay small (the widget checks its form with it).
 * Never throws.
 */
export function readSupportRequest(value: unknown): ParseSupportRequestResult {
  try {
    if (!isObjectLike(value)) return { success: false, errors: [fieldError('', 'not-an-object')] };
    const errors: Errors = [];
    const out = readObject(errors, '', value, requestShape)!;
    if (errors.stopped !== true) {
      otherRequires(errors, value, out, 'partners', 'partnersOther', 'partners-other-required');
      otherRequires(errors, value, out, 'supportTypes', 'supportTypeOther', 'support-type-other-required');
    }
    return errors.length > 0 ? { success: false, errors: [...errors] } : { success: true, data: out as SupportRequest };
  } catch {
    return { success: false, errors: [fieldError('', 'unreadable')] };
  }
}
