import { fieldError, toFieldErrors, type FieldError } from '../field-errors.js';
import { supportRequestSchema, type SupportRequest } from './schema.js';

/** Result of {@link parseSupportRequest}. */
export type ParseSupportRequestResult =
  | { success: true; data: SupportRequest }
  | { success: false; errors: FieldError[] };

/**
 * Validates an untrusted value as a {@link SupportRequest}. Never throws: every field error is
 * returned with a message in Dutch and English; values that cannot even be read (throwing getters,
 * revoked proxies, ...) give one root error `unreadable`.
 */
export function parseSupportRequest(value: unknown): ParseSupportRequestResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { success: false, errors: [fieldError('', 'not-an-object')] };
    }
    const parsed = supportRequestSchema.safeParse(value, { reportInput: true });
    if (parsed.success) return { success: true, data: parsed.data };
    return { success: false, errors: toFieldErrors(parsed.error) };
  } catch {
    return { success: false, errors: [fieldError('', 'unreadable')] };
  }
}
