import { EligibilityInputError, PolicyOverrideError } from '../errors.js';
import { fieldError, type FieldError } from '../field-errors.js';
import { readEligibilityInput } from '../read/eligibility-input.js';
import type { PolicyOverride } from '../policy.js';
import { resolvePolicy } from '../resolve-policy.js';
import { decide } from './decide.js';
import type { DecisionRecord, EligibilityInput, EligibilityOutcome, EligibilityResult } from './schema.js';

/** Options of {@link evaluateEligibility}. */
export interface EvaluateOptions {
  /** A host's own policy (validated); defaults to {@link currentPolicy}. */
  policy?: PolicyOverride;
  /** Id of the data snapshot the figures came from (e.g. the data package's `snapshotId`). */
  dataSnapshot?: string;
}

/**
 * Checks whether a municipality qualifies for the support offer (DESIGN section 2).
 * A missing or `null` answer counts as unknown. Dates never make it fail: the result reports the policy period.
 *
 * @throws {@link EligibilityInputError} when `input` does not match {@link eligibilityInputSchema};
 *   {@link PolicyOverrideError} when `options.policy` is invalid.
 */
export function evaluateEligibility(input: EligibilityInput, options: EvaluateOptions = {}): EligibilityResult {
  // The zod-free reader gives exactly the schema's verdict, value and errors (test/read.test.ts), and
  // costs a fraction of a zod parse: a host may check every municipality in a loop.
  const read = readEligibilityInput(input);
  if (!read.success) throw new EligibilityInputError(read.errors);
  return decide(read.data, resolvePolicy(options.policy), options.dataSnapshot);
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
