// Characters no text may hold: NUL and other C0/C1 control characters, lone surrogates (with the `u`
// flag a surrogate range matches only unpaired halves), text-direction controls (which can make text
// read differently from what it is) and invisible format characters. Written as `\uXXXX` escapes so the
// same pattern works in zod, JSON Schema validators and Python's `re`.
const forbiddenCommon = '\\u007F-\\u009F\\uD800-\\uDFFF\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB';
/** Control characters of a one-line text: all of C0, tab and line breaks included. */
export const forbiddenSingleLine = `[\\u0000-\\u001F${forbiddenCommon}]`;
/** Control characters of a multi-line text: C0 except tab, line feed and carriage return. */
export const forbiddenMultiLine = `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F${forbiddenCommon}]`;

/** Matches a character that no text of a multi-line field may hold (one-line fields refuse line breaks too). */
export const forbiddenTextCharacter = /* @__PURE__ */ (() => new RegExp(forbiddenMultiLine, 'u'))();
/** Matches a character a one-line text may not hold. */
export const forbiddenLineCharacter = /* @__PURE__ */ (() => new RegExp(forbiddenSingleLine, 'u'))();

