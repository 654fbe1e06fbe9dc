import * as z from 'zod/mini';
import { languageIds } from './ids.js';
import { forbiddenMultiLine, forbiddenSingleLine } from './text-characters.js';

// Each schema is built in a pure-annotated call so that bundlers drop the schemas a bundle does not use
// (they cannot tell on their own that zod's builders have no side effects).

/** Languages the user-facing texts are available in. */
export const languageSchema = /* @__PURE__ */ (() => z.enum(languageIds))();

/** A text in Dutch and English. */
export const localizedTextSchema = /* @__PURE__ */ (() => z.strictObject({ nl: z.string(), en: z.string() }))();

/** Options of {@link trimmedText}. */
export interface TrimmedTextOptions {
  /** Allow tab and line breaks (for free text such as a question). Default false. */
  multiline?: boolean;
}

/**
 * A string whose trimmed length (in Unicode code points) lies in `min..max`, without control, format or
 * text-direction characters (tab and line breaks only when `multiline`).
 * Expressed as a regular expression with the `u` flag so that zod and JSON Schema validators
 * (which count code points) reach the same verdict; the parsed value is trimmed afterwards.
 */
export function trimmedText(min: number, max: number, options: TrimmedTextOptions = {}): z.ZodMiniString<string> {
  const forbidden = options.multiline === true ? forbiddenMultiLine : forbiddenSingleLine;
  const length =
    min <= 1 ? `\\s*\\S(?:[\\s\\S]{0,${max - 2}}\\S)?\\s*$` : `\\s*\\S[\\s\\S]{${min - 2},${max - 2}}\\S\\s*$`;
  return z.string().check(
    z.regex(new RegExp(`^(?![\\s\\S]*${forbidden})${length}`, 'u')),
    z.overwrite((value) => value.trim()),
  );
}

/** A calendar date written as `YYYY-MM-DD` (ISO 8601), checked for real days incl. leap years. */
export const isoDateSchema = /* @__PURE__ */ (() => z.iso.date())();
