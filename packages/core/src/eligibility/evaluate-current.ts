import { EligibilityInputError } from '../errors.js';
import { currentPolicy } from '../policy.js';
import { readEligibilityInput } from '../read/eligibility-input.js';
import { decide } from './decide.js';
import type { EligibilityInput, EligibilityResult } from './schema.js';

/**
 * {@link evaluateEligibility} under {@link currentPolicy}, built without zod: the same input checks,
 * errors and result, for bundles that must stay small (the widget). For a host's own policy, use
 * `evaluateEligibility` with `policy`.
 *
 * @throws {@link EligibilityInputError} when `input` does not match {@link eligibilityInputSchema}.
 */
export function evaluateUnderCurrentPolicy(input: EligibilityInput, options: { dataSnapshot?: string } = {}): EligibilityResult {
  const read = readEligibilityInput(input);
  if (!read.success) throw new EligibilityInputError(read.errors);
  return decide(read.data, currentPolicy, options.dataSnapshot);
}
