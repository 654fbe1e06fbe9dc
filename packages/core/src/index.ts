/**
 * Typed domain model of the NP Onderwijs support offer to smaller municipalities: eligibility
 * check, catalogue of support types, plan phases, partners, trajectory and support request.
 *
 * @packageDocumentation
 */
// The zod-free catalogue, also published alone as `@npo-gemeenten/core/catalogue`.
export * from './catalogue-entry.js';
export { languageSchema, localizedTextSchema, isoDateSchema } from './text.js';
export {
  supportTypeSchema,
  planPhaseSchema,
  partnerKindSchema,
  trajectoryStateSchema,
  preferredFormSchema,
  preferredIntensitySchema,
  providerIdSchema,
} from './enums.js';
export { trajectoryMoveSchema, trajectoryEventSchema } from './trajectory.js';
export type { TrajectoryMove, TrajectoryEvent } from './trajectory.js';
export {
  parameterSourceSchema,
  policyParametersSchema,
  policySchema,
  policyOverrideSchema,
  currentPolicy,
} from './policy.js';
export type { ParameterSource, PolicyParameters, Policy, PolicyOverride } from './policy.js';
export { resolvePolicy } from './resolve-policy.js';
export {
  figureSourceSchema,
  coronaImpactSchema,
  capacityShortfallSchema,
  eligibilityInputSchema,
  criterionIdSchema,
  criterionStatusSchema,
  eligibilityOutcomeSchema,
  criterionResultSchema,
  decisionRecordSchema,
  policyReferenceSchema,
  eligibilityResultSchema,
} from './eligibility/schema.js';
export type {
  FigureSource,
  CoronaImpact,
  CapacityShortfall,
  EligibilityInput,
  CriterionId,
  CriterionStatus,
  EligibilityOutcome,
  CriterionResult,
  DecisionRecord,
  PolicyReference,
  EligibilityResult,
} from './eligibility/schema.js';
export { evaluateEligibility, safeEvaluateEligibility, reproduceDecision } from './eligibility/evaluate.js';
export type { EvaluateOptions, SafeEligibilityResult, ReproducedDecision } from './eligibility/evaluate.js';
// Zod-free twins of the checks, for bundles where size matters; tests hold them to the schemas.
export { evaluateUnderCurrentPolicy } from './eligibility/evaluate-current.js';
export { readEligibilityInput } from './read/eligibility-input.js';
export type { ReadEligibilityInputResult } from './read/eligibility-input.js';
export { readSupportRequest } from './read/support-request.js';
export { supportRequestLimits } from './support-request/limits.js';
export { formatNumber, formatPercent, formatDate } from './eligibility/format.js';
export { EligibilityInputError, PolicyOverrideError } from './errors.js';
export { toFieldErrors, fieldError } from './field-errors.js';
export type { FieldError, FieldErrorCode, FieldErrorParams, ToFieldErrorsOptions } from './field-errors.js';
export { supportRequestSchema } from './support-request/schema.js';
export type { SupportRequest } from './support-request/schema.js';
export { parseSupportRequest } from './support-request/parse.js';
export type { ParseSupportRequestResult } from './support-request/parse.js';
export { exampleSupportRequest } from './support-request/example.js';
export { nl as messagesNl } from './messages/nl.js';
export { en as messagesEn } from './messages/en.js';
