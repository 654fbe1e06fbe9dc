// Kept free of zod so that a page can check a host's contact details before the check loads.
// Own patterns instead of zod's `email`/`uuid` formats: a JSON Schema validator would also apply its
// own (different) format check, and zod and JSON Schema must reach the same verdict.
/** Pattern a contact e-mail address must match. */
export const EMAIL_PATTERN =
  /^(?=[\s\S]{3,254}$)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** Pattern a phone number must match: 8 to 15 digits, optional leading +, spaces, dashes, dots, brackets. */
export const PHONE_PATTERN = /^(?=(?:[^0-9]*[0-9]){8,15}[^0-9]*$)\+?[0-9 ().-]{8,25}$/;
/**
 * Pattern of a UUID (versions 1 to 8, RFC 9562 variant), any letter case: a request's
 * `clientRequestId`, and the ids the intake gives stored requests.
 */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
