import { EligibilityInputError, PolicyOverrideError } from '../errors.js';
import { fieldError, toFieldErrors, type FieldError } from '../field-errors.js';
import type { PolicyOverride } from '../policy.js';
import { resolvePolicy } from '../resolve-policy.js';
import { evaluateCapacity, evaluateCooperation, evaluateNeed, evaluateSize } from './criteria.js';
import {
  eligibilityInputSchema,
  type CriterionResult,
  type DecisionRecord,
  type EligibilityInput,
  type EligibilityOutcome,
  type EligibilityResult,
} from './schema.js';
import { validatedInput } from './validated-input.js';

/** Options of {@link evaluateEligibility}. */
export interface EvaluateOptions {
  /** A host's own policy (validated); defaults to {@link currentPolicy}. */
  policy?: PolicyOverride;
  /** Id of the data snapshot the figures came from (e.g. the data package's `snapshotId`). */
  dataSnapshot?: string;
}

function outcomeOf(criteria: readonly CriterionResult[]): EligibilityOutcome {
  if (criteria.some((c) => c.status === 'not-met')) return 'not-eligible';
  if (criteria.some((c) => c.status === 'doubt' || c.status === 'unknown')) return 'contact';
  return 'eligible';
}

function parseInput(input: unknown): EligibilityInput {
  const known = validatedInput(input);
  if (known !== undefined) return known;
  let parsed;
  try {
    parsed = eligibilityInputSchema.safeParse(input, { reportInput: true });
  } catch {
    throw new EligibilityInputError([fieldError('', 'unreadable')]);
  }
  if (!parsed.success) throw new EligibilityInputError(toFieldErrors(parsed.error));
  return withoutNulls(parsed.data);
}

// `null` and a missing key both mean unknown; the record keeps one spelling of it (the missing key).
function withoutNulls(input: EligibilityInput): EligibilityInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (key === 'provenance') {
      const provenance = withoutNulls(value as EligibilityInput) as Record<string, unknown>;
      if (Object.keys(provenance).length > 0) out[key] = provenance;
    } else {
      out[key] = value;
    }
  }
  return out as EligibilityInput;
}

/**
 * Checks whether a municipality qualifies for the support offer (DESIGN section 2).
 * A missing or `null` answer counts as unknown. Dates never make it fail: the result reports the policy period.
 *
 * @throws {@link EligibilityInputError} when `input` does not match {@link eligibilityInputSchema};
 *   {@link PolicyOverrideError} when `options.policy` is invalid.
 */
export function evaluateEligibility(input: EligibilityInput, options: EvaluateOptions = {}): EligibilityResult {
  const answers = parseInput(input);
  const policy = resolvePolicy(options.policy);
  const criteria = [
    evaluateSize(answers, policy),
    evaluateNeed(answers, policy),
    evaluateCapacity(answers),
    evaluateCooperation(answers),
  ];
  const outcome = outcomeOf(criteria);
  const record: DecisionRecord = {
    policy: { id: policy.id, version: policy.version },
    answers,
    dataSnapshot: options.dataSnapshot ?? null,
    outcome,
  };
  return {
    outcome,
    criteria,
    policy: { id: policy.id, version: policy.version, validFrom: policy.validFrom, validTo: policy.validTo },
    record,
  };
}

/** Result of {@link safeEvaluateEligibility}. */
export type SafeEligibilityResult =
  | { success: true; data: EligibilityResult }
  | { success: false; errors: FieldError[] };

/**
 * Like {@link evaluateEligibility} but never throws: invalid input or policy gives `{ success: false, errors }`
 * (policy errors have paths under `policy.`).
 */
export function safeEvaluateEligibility(input: unknown, options: EvaluateOptions = {}): SafeEligibilityResult {
  try {
    return { success: true, data: evaluateEligibility(input as EligibilityInput, options) };
  } catch (error) {
    if (error instanceof EligibilityInputError) return { success: false, errors: error.issues };
    if (error instanceof PolicyOverrideError) {
      return {
        success: false,
        errors: error.issues.map((issue) => ({ ...issue, path: issue.path ? `policy.${issue.path}` : 'policy' })),
      };
    }
    return { success: false, errors: [fieldError('', 'unreadable')] };
  }
}

/** Outcome of {@link reproduceDecision}. */
export interface ReproducedDecision {
  /** True when the policy id and version match and the outcome is the same. */
  matches: boolean;
  /** Whether the record's policy id and version equal those of the policy used now. */
  samePolicy: boolean;
  /** Outcome stored in the record. */
  recordedOutcome: EligibilityOutcome;
  /** The result of evaluating the recorded answers again. */
  result: EligibilityResult;
}

/**
 * Re-runs a recorded decision on its answers and says whether it still comes out the same.
 * Pass the host's `policy` when the record was made under an override.
 * @throws {@link EligibilityInputError} when the recorded answers are invalid.
 */
export function reproduceDecision(record: DecisionRecord, options: { policy?: PolicyOverride } = {}): ReproducedDecision {
  const result = evaluateEligibility(record.answers, {
    ...(options.policy ? { policy: options.policy } : {}),
    ...(record.dataSnapshot !== null ? { dataSnapshot: record.dataSnapshot } : {}),
  });
  const samePolicy = result.policy.id === record.policy.id && result.policy.version === record.policy.version;
  return { matches: samePolicy && result.outcome === record.outcome, samePolicy, recordedOutcome: record.outcome, result };
}
