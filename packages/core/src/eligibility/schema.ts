import * as z from 'zod/mini';
import { capacityShortfallIds, coronaImpactIds, criterionIds, eligibilityOutcomeIds } from '../ids.js';
import { DATA_SNAPSHOT_PATTERN, POLICY_ID_PATTERN, VERSION_PATTERN } from '../patterns.js';
import { isoDateSchema, localizedTextSchema, trimmedText } from '../text.js';
import { figureSourceLimits as limits } from './figure-source-limits.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

/** Where a figure comes from: reference date and a short citation. */
export const figureSourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The date the figure describes, `YYYY-MM-DD` (e.g. `2024-01-01` for population on 1 January). */
    referenceDate: isoDateSchema,
    /** Short citation, e.g. `CBS, Bevolking op 1 januari (03759ned)`. */
    source: trimmedText(limits.source.min, limits.source.max),
    /** Table id at the publisher, e.g. `03759ned`. */
    tableId: z.optional(trimmedText(limits.tableId.min, limits.tableId.max)),
  }))();
/** Where a figure comes from. */
export type FigureSource = z.infer<typeof figureSourceSchema>;

/** Answer to whether corona-related problems are above average. */
export const coronaImpactSchema = /* @__PURE__ */ (() => z.enum(coronaImpactIds))();
/** Answer to whether corona-related problems are above average. */
export type CoronaImpact = z.infer<typeof coronaImpactSchema>;

/** Answer to whether implementing NP Onderwijs asks more than the present organisational capacity. */
export const capacityShortfallSchema = /* @__PURE__ */ (() => z.enum(capacityShortfallIds))();
/** Answer to the capacity question. */
export type CapacityShortfall = z.infer<typeof capacityShortfallSchema>;

// `null` is unknown, the same as a missing key: JSON callers and the data package pass it straight in.
function unknownable<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.nullable(schema));
}

/**
 * The answers and figures the eligibility check uses. Every field is optional and accepts `null`:
 * a missing or `null` answer means "unknown", never false or zero.
 */
export const eligibilityInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Number of inhabitants. */
    inhabitants: unknownable(z.int().check(z.minimum(0))),
    /** Share of children in the target group (doelgroepkinderen), percent 0-100. */
    targetGroupShare: unknownable(z.number().check(z.minimum(0), z.maximum(100))),
    coronaImpact: unknownable(coronaImpactSchema),
    /** Whether a larger municipality is a merger (fusiegemeente) with independently functioning cores. */
    mergedWithIndependentCores: unknownable(z.union([z.boolean(), z.literal('unknown')])),
    capacityShortfall: unknownable(capacityShortfallSchema),
    /** Whether the question is about cooperation between municipality, childcare, education and partners. */
    cooperationFocus: unknownable(z.boolean()),
    /** Sources of the figures; a figure without source was entered by the user. */
    provenance: unknownable(
      z.strictObject({
        inhabitants: unknownable(figureSourceSchema),
        targetGroupShare: unknownable(figureSourceSchema),
      }),
    ),
  }))();
/** The answers and figures the eligibility check uses. */
export type EligibilityInput = z.infer<typeof eligibilityInputSchema>;

/** Ids of the criteria, in the order they are reported. */
export const criterionIdSchema = /* @__PURE__ */ (() => z.enum(criterionIds))();
/** A criterion id. */
export type CriterionId = z.infer<typeof criterionIdSchema>;

/** Verdict on one criterion; `info` is informational and never decides the outcome. */
export const criterionStatusSchema = /* @__PURE__ */ (() => z.enum(['met', 'doubt', 'not-met', 'unknown', 'info']))();
/** Verdict on one criterion. */
export type CriterionStatus = z.infer<typeof criterionStatusSchema>;

/** Overall outcome: eligible, get in touch (doubt), or not eligible. */
export const eligibilityOutcomeSchema = /* @__PURE__ */ (() => z.enum(eligibilityOutcomeIds))();
/** Overall outcome. */
export type EligibilityOutcome = z.infer<typeof eligibilityOutcomeSchema>;

/**
 * Result for one criterion: a plain-language explanation in whole, neutral sentences that names the
 * figures used and their publisher, and the full source of the figure the verdict rests on.
 */
export const criterionResultSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: criterionIdSchema,
    status: criterionStatusSchema,
    explanation: localizedTextSchema,
    /** Reference date, full citation and table id of the figure used; absent when no sourced figure was used. */
    source: z.optional(figureSourceSchema),
  }))();
/** Result for one criterion. */
export type CriterionResult = z.infer<typeof criterionResultSchema>;

/** Everything needed to reproduce a decision later. */
export const decisionRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    policy: z.strictObject({
      id: z.string().check(z.regex(POLICY_ID_PATTERN)),
      version: z.string().check(z.regex(VERSION_PATTERN)),
    }),
    answers: eligibilityInputSchema,
    /** Id of the data snapshot the figures came from, or `null` when none was named. */
    // A pattern rather than min/max so that lengths count code points, as in JSON Schema.
    dataSnapshot: z.nullable(z.string().check(z.regex(DATA_SNAPSHOT_PATTERN))),
    outcome: eligibilityOutcomeSchema,
  }))();
/** Everything needed to reproduce a decision later. */
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** The policy a result was decided under, with its period so the host can judge dates. */
export const policyReferenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string(),
    version: z.string(),
    validFrom: isoDateSchema,
    validTo: z.nullable(isoDateSchema),
  }))();
/** The policy a result was decided under. */
export type PolicyReference = z.infer<typeof policyReferenceSchema>;

/** The result of {@link evaluateEligibility}. */
export const eligibilityResultSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    outcome: eligibilityOutcomeSchema,
    criteria: z.array(criterionResultSchema),
    policy: policyReferenceSchema,
    record: decisionRecordSchema,
  }))();
/** The result of the eligibility check. */
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
