import type { FieldError } from './field-errors.js';

/** Thrown by `evaluateEligibility` for input that does not match `eligibilityInputSchema`. */
export class EligibilityInputError extends Error {
  /** Every field error, with messages in Dutch and English. */
  readonly issues: FieldError[];
  constructor(issues: FieldError[]) {
    super(`Invalid eligibility input: ${issues.map((i) => `${i.path || '(root)'}: ${i.message.en}`).join('; ')}`);
    this.name = 'EligibilityInputError';
    this.issues = issues;
  }
}

/** Thrown when a host passes a policy override that does not match `policyOverrideSchema`. */
export class PolicyOverrideError extends Error {
  /** Every field error, paths relative to the override (e.g. `parameters.maxInhabitants.value`). */
  readonly issues: FieldError[];
  constructor(issues: FieldError[]) {
    super(`Invalid policy override: ${issues.map((i) => `${i.path || '(root)'}: ${i.message.en}`).join('; ')}`);
    this.name = 'PolicyOverrideError';
    this.issues = issues;
  }
}
