import { fieldError, type FieldError } from '@npo-gemeenten/core';

/** A 422 answer lists at most this many errors: enough to fix a form, too few to amplify an attack. */
export const maxReportedErrors = 20;
/** Longest field name quoted back, in code points. */
export const maxQuotedKeyLength = 64;

function cut(text: string): string {
  const points = [...text];
  return points.length > maxQuotedKeyLength ? `${points.slice(0, maxQuotedKeyLength).join('')}…` : text;
}

/** The first {@link maxReportedErrors} errors, with unknown field names cut to {@link maxQuotedKeyLength}. */
export function capFieldErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.slice(0, maxReportedErrors).map((error) => {
    const segments = error.path.split('.');
    if (segments.every((segment) => cut(segment) === segment)) return error;
    const path = segments.map(cut).join('.');
    if (error.code === 'unknown-field') return fieldError(path, 'unknown-field', { key: cut(segments.at(-1) ?? '') });
    return { ...error, path };
  });
}
