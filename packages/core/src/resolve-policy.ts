import { PolicyOverrideError } from './errors.js';
import { fieldError, toFieldErrors } from './field-errors.js';
import { currentPolicy, policyOverrideSchema, policySchema, type Policy, type PolicyOverride } from './policy.js';

/**
 * Validates a host's override and merges it over {@link currentPolicy}.
 * @throws {@link PolicyOverrideError} when the override is invalid.
 */
export function resolvePolicy(override?: PolicyOverride): Policy {
  if (override === undefined) return currentPolicy;
  let parsed;
  try {
    parsed = policyOverrideSchema.safeParse(override, { reportInput: true });
  } catch {
    throw new PolicyOverrideError([fieldError('', 'unreadable')]);
  }
  if (!parsed.success) throw new PolicyOverrideError(toFieldErrors(parsed.error));
  const o = parsed.data;
  const merged = {
    id: o.id,
    version: o.version,
    title: o.title ?? currentPolicy.title,
    validFrom: o.validFrom ?? currentPolicy.validFrom,
    validTo: o.validTo === undefined ? currentPolicy.validTo : o.validTo,
    periodSource: o.periodSource ?? currentPolicy.periodSource,
    parameters: { ...currentPolicy.parameters, ...stripUndefined(o.parameters ?? {}) },
  };
  const checked = policySchema.safeParse(merged, { reportInput: true });
  if (!checked.success) throw new PolicyOverrideError(toFieldErrors(checked.error));
  return checked.data;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
