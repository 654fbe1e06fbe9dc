// Runs only once core is loaded (submitting step 5), so it ships in the core chunk (see
// core-features.ts); it imports no runtime code the first load has, or the bundler would split
// that into a chunk of its own.
import type { FormState } from './form.js';

/** An error shown in a form: the field it belongs to (or none) and its text per language. */
export interface ShownError {
  field: keyof FormState | 'targetGroupShare' | 'municipality' | null;
  code: string;
  message: { nl: string; en: string };
}

/** Form fields by the request path an error names; errors elsewhere go to the summary only. */
const fieldByPath: ReadonlyArray<readonly [string, keyof FormState]> = [
  ['contact.name', 'name'],
  ['contact.role', 'role'],
  ['contact.email', 'email'],
  ['contact.phone', 'phone'],
  ['supportTypeOther', 'supportTypeOther'],
  ['supportTypes', 'supportTypes'],
  ['planPhases', 'planPhases'],
  ['question', 'question'],
  ['partnersOther', 'partnersOther'],
  ['partners', 'partners'],
  ['preferredForm', 'preferredForm'],
  ['preferredIntensity', 'preferredIntensity'],
  ['preferredStart', 'preferredStart'],
  ['privacyConsent', 'privacyConsent'],
];

/** The form field a request path (e.g. `contact.email`, `supportTypes.1`) belongs to. */
export function fieldForPath(path: string): keyof FormState | null {
  for (const [prefix, field] of fieldByPath) {
    if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  }
  return null;
}

/**
 * Request errors (from core or the endpoint) as shown: per field, sorted by `order` (the form's
 * fields as shown); errors without a field come first, and the sort keeps their order otherwise.
 */
export function toShownErrors(
  errors: ReadonlyArray<{ path: string; code: string; message: { nl: string; en: string } }>,
  order: readonly string[],
): ShownError[] {
  const shown = errors.map((e): ShownError => ({ field: fieldForPath(e.path), code: e.code, message: e.message }));
  const rank = (field: ShownError['field']): number => (field ? order.indexOf(field) : -1);
  return shown.sort((a, b) => rank(a.field) - rank(b.field));
}
