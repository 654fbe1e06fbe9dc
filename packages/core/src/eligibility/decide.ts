import type { Policy } from '../policy.js';
import { evaluateCapacity, evaluateCooperation, evaluateNeed, evaluateSize } from './criteria.js';
import type { CriterionResult, EligibilityInput, EligibilityOutcome, EligibilityResult } from './schema.js';

// The rules themselves, on answers already checked and a policy already resolved: shared by
// `evaluateEligibility` (zod) and `evaluateUnderCurrentPolicy` (zod-free), so both decide alike.

function outcomeOf(criteria: readonly CriterionResult[]): EligibilityOutcome {
  if (criteria.some((c) => c.status === 'not-met')) return 'not-eligible';
  if (criteria.some((c) => c.status === 'doubt' || c.status === 'unknown')) return 'contact';
  return 'eligible';
}

/** Applies the criteria of `policy` to checked answers (unknown answers left out) and records the decision. */
export function decide(answers: EligibilityInput, policy: Policy, dataSnapshot: string | undefined): EligibilityResult {
  const criteria = [evaluateSize(answers, policy), evaluateNeed(answers, policy), evaluateCapacity(answers), evaluateCooperation(answers)];
  const outcome = outcomeOf(criteria);
  return {
    outcome,
    criteria,
    policy: { id: policy.id, version: policy.version, validFrom: policy.validFrom, validTo: policy.validTo },
    record: { policy: { id: policy.id, version: policy.version }, answers, dataSnapshot: dataSnapshot ?? null, outcome },
  };
}
