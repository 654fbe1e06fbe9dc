import { fieldError, type FieldError } from '../field-errors.js';
import { capacityShortfallIds, coronaImpactIds } from '../ids.js';
import { figureSourceLimits as limits } from '../eligibility/figure-source-limits.js';
import type { EligibilityInput } from '../eligibility/schema.js';
import { readDate, readNumber, readObject, readOption, readText, optional, shape, unknownable, type Errors } from './fields.js';

// The eligibility input read without zod: the same verdict, value and field errors as
// `eligibilityInputSchema` with `toFieldErrors` (compared on generated values in the tests).

/** Result of {@link readEligibilityInput}. */
export type ReadEligibilityInputResult = { success: true; data: EligibilityInput } | { success: false; errors: FieldError[] };

// Built once, in pure-annotated calls, so that a bundle that never reads eligibility input leaves them out.
const figureSourceShape = /* @__PURE__ */ (() =>
  shape({
    referenceDate: readDate,
    source: readText(limits.source.min, limits.source.max),
    tableId: optional(readText(limits.tableId.min, limits.tableId.max)),
  }))();

/** Reads a figure source (`figureSourceSchema`). */
function readFigureSource(errors: Errors, path: string, value: unknown): Record<string, unknown> | undefined {
  return readObject(errors, path, value, figureSourceShape);
}

const provenanceShape = /* @__PURE__ */ (() =>
  shape({
    inhabitants: unknownable(readFigureSource),
    targetGroupShare: unknownable(readFigureSource),
  }))();

const inputShape = /* @__PURE__ */ (() =>
  shape({
    inhabitants: unknownable(readNumber({ integer: true, min: 0 })),
    targetGroupShare: unknownable(readNumber({ min: 0, max: 100 })),
    coronaImpact: unknownable(readOption(coronaImpactIds)),
    mergedWithIndependentCores: unknownable(readOption([true, false, 'unknown'])),
    capacityShortfall: unknownable(readOption(capacityShortfallIds)),
    cooperationFocus: unknownable(readOption([true, false], 'required', 'invalid-type')),
    provenance: unknownable((e: Errors, p: string, v: unknown) => readObject(e, p, v, provenanceShape)),
  }))();

/** Reads eligibility input as the schema parses it (`null` kept), adding its errors to `errors`. */
export function readEligibilityFields(errors: Errors, path: string, value: unknown): Record<string, unknown> | undefined {
  return readObject(errors, path, value, inputShape);
}

// For the check, `null` and a missing key both mean unknown; it keeps one spelling of it (the
// missing key), and no provenance without a source in it.
const answersShape = /* @__PURE__ */ (() =>
  shape({
    ...Object.fromEntries(inputShape.keys.map((key, i) => [key, inputShape.readers[i]!])),
    provenance: unknownable((e: Errors, p: string, v: unknown) => {
      const read = readObject(e, p, v, provenanceShape, 'required', true);
      return read === undefined || Object.keys(read).length > 0 ? read : null;
    }),
  }))();

/**
 * Checks eligibility input without zod: the same verdict and field errors as
 * {@link eligibilityInputSchema}, for bundles that must stay small. Never throws. Unknown answers
 * (`null` or missing) are left out of `data`, as {@link evaluateEligibility} records them.
 */
export function readEligibilityInput(value: unknown): ReadEligibilityInputResult {
  const errors: Errors = [];
  let fields;
  try {
    fields = readObject(errors, '', value, answersShape, 'required', true);
  } catch {
    return { success: false, errors: [fieldError('', 'unreadable')] };
  }
  if (errors.length > 0 || fields === undefined) return { success: false, errors: [...errors] };
  return { success: true, data: fields as EligibilityInput };
}
