import * as z from 'zod/mini';
import { offerPeriod } from './offer-period.js';
import { POLICY_ID_PATTERN, VERSION_PATTERN } from './patterns.js';
import { isoDateSchema, localizedTextSchema } from './text.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

/** Where a policy parameter comes from: the literal sentence of the source document. */
export const parameterSourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Title of the source document. */
    document: z.string().check(z.minLength(1)),
    /** The sentence quoted verbatim (Dutch). */
    quote: z.string().check(z.minLength(1)),
    /** How this project reads the sentence, when the figure is an interpretation. */
    interpretation: z.optional(localizedTextSchema),
  }))();
/** Where a policy parameter comes from. */
export type ParameterSource = z.infer<typeof parameterSourceSchema>;

function parameter<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, source: parameterSourceSchema });
}

/** The tunable figures of the eligibility rules. */
export const policyParametersSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Largest number of inhabitants that plainly counts as a smaller municipality. */
    maxInhabitants: parameter(z.int().check(z.minimum(0))),
    /** How many inhabitants above `maxInhabitants` still count as "iets meer dan" (doubt). */
    inhabitantsMargin: parameter(z.int().check(z.minimum(0))),
    /** Share of target-group children (percent) that must be exceeded (strictly) to count as above average. */
    targetGroupShareThreshold: parameter(z.number().check(z.minimum(0), z.maximum(100))),
  }))();
/** The tunable figures of the eligibility rules. */
export type PolicyParameters = z.infer<typeof policyParametersSchema>;

const versionSchema = /* @__PURE__ */ (() => z.string().check(z.regex(VERSION_PATTERN)))();

/** A dated, versioned eligibility policy. */
export const policySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string().check(z.regex(POLICY_ID_PATTERN)),
      version: versionSchema,
      title: localizedTextSchema,
      /** First day of the offer's period. */
      validFrom: isoDateSchema,
      /** Last day of the offer's period, or `null` when open-ended. */
      validTo: z.nullable(isoDateSchema),
      /** Where the period comes from. */
      periodSource: parameterSourceSchema,
      parameters: policyParametersSchema,
    })
    .check(
      z.refine((p) => p.validTo === null || p.validTo >= p.validFrom, {
        message: 'invalid-period',
        path: ['validTo'],
      }),
    ))();
/** A dated, versioned eligibility policy. */
export type Policy = z.infer<typeof policySchema>;

/**
 * What a host passes to run a similar offer with other figures or dates: its own `id` and
 * `version` (so decision records stay unambiguous) and any fields to replace in {@link currentPolicy}.
 * Whoever changes the period names its source (`periodSource`) too.
 */
export const policyOverrideSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string().check(z.regex(POLICY_ID_PATTERN)),
      version: versionSchema,
      title: z.optional(localizedTextSchema),
      validFrom: z.optional(isoDateSchema),
      validTo: z.optional(z.nullable(isoDateSchema)),
      periodSource: z.optional(parameterSourceSchema),
      parameters: z.optional(
        z.strictObject({
          maxInhabitants: z.optional(policyParametersSchema.shape.maxInhabitants),
          inhabitantsMargin: z.optional(policyParametersSchema.shape.inhabitantsMargin),
          targetGroupShareThreshold: z.optional(policyParametersSchema.shape.targetGroupShareThreshold),
        }),
      ),
    })
    .check(
      // A new period with the old period's source would cite a document that does not say it.
      z.refine((o) => (o.validFrom === undefined && o.validTo === undefined) || o.periodSource !== undefined, {
        message: 'period-source-required',
        path: ['periodSource'],
      }),
    ))();
/** A host's policy override (input shape). */
export type PolicyOverride = z.input<typeof policyOverrideSchema>;

const SOURCE_DOCUMENT = 'Ondersteuning kleinere gemeenten bij uitvoering NP Onderwijs';

/**
 * The policy of the NP Onderwijs offer to smaller municipalities. Its period is that of the
 * regulation the municipalities' NPO budget came from (1 July 2021 to 31 July 2025); parameters
 * quote the source sentence they come from.
 */
export const currentPolicy: Policy = /* @__PURE__ */ Object.freeze({
  id: 'npo-kleinere-gemeenten',
  version: '1.1.0',
  title: {
    nl: 'Ondersteuning kleinere gemeenten bij uitvoering NP Onderwijs',
    en: 'Support for smaller municipalities implementing the National Education Programme (NP Onderwijs)',
  },
  validFrom: offerPeriod.validFrom,
  validTo: offerPeriod.validTo,
  periodSource: {
    document:
      'Regeling specifieke uitkering inhalen COVID-19 gerelateerde onderwijsvertragingen (Stcrt. 2021, 42927), art. 3 lid 1, zoals gewijzigd bij Stcrt. 2022, 27531',
    quote: 'de middelen nu besteed kunnen worden van 1 juli 2021 tot en met 31 juli 2025',
    interpretation: {
      nl: 'De periode van het aanbod is de periode waarin gemeenten hun NPO-middelen konden besteden.',
      en: 'The period of the offer is the period in which municipalities could spend their NPO funds.',
    },
  },
  parameters: {
    maxInhabitants: {
      value: 40000,
      source: {
        document: SOURCE_DOCUMENT,
        quote: 'Kleinere gemeenten, tot ongeveer 40.000 inwoners.',
      },
    },
    inhabitantsMargin: {
      value: 4000,
      source: {
        document: SOURCE_DOCUMENT,
        quote: 'als u iets meer dan 40.000 inwoners heeft;',
        interpretation: {
          nl: '"Iets meer dan" is gelezen als hooguit 4.000 inwoners meer (tot en met 44.000): dan volgt contact.',
          en: '"Slightly more than" is read as at most 4,000 more inhabitants (up to 44,000): the result is then to get in touch.',
        },
      },
    },
    targetGroupShareThreshold: {
      value: 10.7,
      source: {
        document: SOURCE_DOCUMENT,
        quote:
          'Met bovendien een bovengemiddeld percentage doelgroepkinderen (meer dan 10,7%; bijvoorbeeld te zien in de CBS-indicator) of met een bovengemiddelde corona-problematiek.',
      },
    },
  },
}) as Policy;
