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
/** Pattern of a CBS municipality code: `GM` and four digits, e.g. `GM0080`. */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;
/** Pattern of a policy id: lower-case letters, digits and dashes, at most 64. */
export const POLICY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Pattern of a version: three numbers with dots, e.g. `1.1.0`. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+$/;
/** Pattern of a data snapshot id: 1 to 200 code points (a pattern, so that JSON Schema counts alike). */
export const DATA_SNAPSHOT_PATTERN = /^[\s\S]{1,200}$/u;
