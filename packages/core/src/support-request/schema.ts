import * as z from 'zod/mini';
import {
  partnerKindSchema,
  planPhaseSchema,
  preferredFormSchema,
  preferredIntensitySchema,
  supportTypeSchema,
} from '../enums.js';
import { decisionRecordSchema } from '../eligibility/schema.js';
import { isoDateSchema, languageSchema, trimmedText } from '../text.js';
import { supportRequestLimits as limits } from './limits.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

import { EMAIL_PATTERN, MUNICIPALITY_CODE_PATTERN, PHONE_PATTERN, UUID_PATTERN } from '../patterns.js';

/** A list of distinct items; with `requiredCode`, at least one item, and that code when there is none. */
function uniqueArray<T extends z.ZodMiniType>(item: T, requiredCode?: 'support-types-required' | 'plan-phases-required') {
  return z.array(item).check(
    z.refine((items) => new Set(items).size === items.length, { message: 'duplicate' }),
    // A refinement rather than zod's length check: that one also runs on a string given for the
    // list, and would add "at least 1 characters" to the type error. Like every refinement, it is
    // skipped when an item failed.
    ...(requiredCode === undefined ? [] : [z.refine((items) => (items as unknown[]).length > 0, { message: requiredCode })]),
    // Metadata for JSON Schema generation only (no runtime effect).
    z.meta(requiredCode === undefined ? { uniqueItems: true } : { uniqueItems: true, minItems: 1 }),
  );
}

/** Choosing `other` in the list `listKey` requires the free text `textKey`. */
function otherRequires(listKey: 'partners' | 'supportTypes', textKey: 'partnersOther' | 'supportTypeOther', message: string) {
  return z.refine<Record<string, unknown>>(
    (r) => {
      const list = r[listKey];
      return !Array.isArray(list) || !list.includes('other') || r[textKey] !== undefined;
    },
    {
      message,
      path: [textKey],
      // Run even when other fields have errors, so every field error is reported at once.
      when: (payload) => {
        const v = payload.value as Record<string, unknown> | null;
        return typeof v === 'object' && v !== null && Array.isArray(v[listKey]);
      },
    },
  );
}

function otherRequiresJson(listKey: string, textKey: string) {
  return {
    if: { properties: { [listKey]: { type: 'array', contains: { const: 'other' } } }, required: [listKey] },
    then: { properties: { [textKey]: true }, required: [textKey] },
  };
}

/** A request for support, as sent by the widget and re-validated by the intake. */
export const supportRequestSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Idempotency key chosen by the client (UUID). */
      clientRequestId: z.string().check(z.regex(UUID_PATTERN)),
      municipality: z.strictObject({
        /** CBS municipality code, e.g. `GM0080`. */
        code: z.string().check(z.regex(MUNICIPALITY_CODE_PATTERN)),
        name: trimmedText(limits.municipalityName.min, limits.municipalityName.max),
      }),
      contact: z.strictObject({
        name: trimmedText(limits.contactName.min, limits.contactName.max),
        role: trimmedText(limits.contactRole.min, limits.contactRole.max),
        email: z.string().check(z.regex(EMAIL_PATTERN)),
        phone: z.optional(z.string().check(z.regex(PHONE_PATTERN))),
      }),
      supportTypes: uniqueArray(supportTypeSchema, 'support-types-required'),
      /** What other support, required when `supportTypes` includes `other`. */
      supportTypeOther: z.optional(trimmedText(limits.supportTypeOther.min, limits.supportTypeOther.max)),
      /** The phases of the municipality's own plan the support is for: one or more. */
      planPhases: uniqueArray(planPhaseSchema, 'plan-phases-required'),
      /** Preferred form of the support (the support is tailored in form). */
      preferredForm: z.optional(preferredFormSchema),
      /** Preferred intensity of the support (the support is tailored in intensity). */
      preferredIntensity: z.optional(preferredIntensitySchema),
      /** The question, 20 to 4000 characters after trimming; may hold tabs and line breaks. */
      question: trimmedText(limits.question.min, limits.question.max, { multiline: true }),
      partners: uniqueArray(partnerKindSchema),
      /** Which other partners, required when `partners` includes `other`. */
      partnersOther: z.optional(trimmedText(limits.partnersOther.min, limits.partnersOther.max)),
      /** Preferred start date, `YYYY-MM-DD`. */
      preferredStart: z.optional(isoDateSchema),
      eligibility: decisionRecordSchema,
      privacyConsent: z.literal(true),
      language: languageSchema,
    })
    .check(
      otherRequires('partners', 'partnersOther', 'partners-other-required'),
      otherRequires('supportTypes', 'supportTypeOther', 'support-type-other-required'),
      // The same rules for JSON Schema validators.
      z.meta({ allOf: [otherRequiresJson('partners', 'partnersOther'), otherRequiresJson('supportTypes', 'supportTypeOther')] }),
    ))();
/** A validated support request. */
export type SupportRequest = z.infer<typeof supportRequestSchema>;
