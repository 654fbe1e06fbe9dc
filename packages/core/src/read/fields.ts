import { fieldError, type FieldError, type FieldErrorCode, type FieldErrorParams } from '../field-errors.js';
import { forbiddenLineCharacter, forbiddenTextCharacter } from '../text-characters.js';

// Zod-free readers of single fields. Each gives what core's zod schema gives for the same value: the
// parsed value, and the same field errors in the same order (`test/read.test.ts` compares them on
// generated values). They exist so that a bundle that only checks its own form (the widget) can leave
// zod out; the schemas stay the contract, and these follow them.

/**
 * Collects the field errors of one reading. `stopped` mirrors zod's explicit abort (a number that
 * is no integer): after it, zod skips the cross-field checks that would otherwise still run.
 */
export type Errors = FieldError[] & { stopped?: boolean };

/** What a schema's own type check accepts as an object: anything but null and arrays. */
export function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeError(errors: Errors, path: string, value: unknown, missing: FieldErrorCode = 'required'): void {
  errors.push(fieldError(path, value === undefined ? missing : 'invalid-type'));
}

/** Joins a path and a key the way field errors write them. */
export function at(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** Reads one field: returns the value to keep (or the value as given, when it failed), adding any errors. */
export type Reader = (errors: Errors, path: string, value: unknown) => unknown;

/** The fields of a strict object, prepared once: keys in order, and their readers. */
export interface Shape {
  readonly keys: readonly string[];
  readonly readers: readonly Reader[];
  readonly known: ReadonlySet<string>;
}

/** Prepares the fields of a strict object (key order is the order of reading and of the output). */
export function shape(fields: Readonly<Record<string, Reader>>): Shape {
  const keys = Object.keys(fields);
  return {
    keys,
    readers: keys.map((key) => fields[key]!),
    known: new Set(keys),
  };
}

/**
 * A strict object: reads the shape's keys in order, then reports every key the shape does not have.
 * Returns the output object, or undefined when not an object. Keys absent from the input stay
 * absent; with `dropUnknown`, so do keys whose value is null or undefined.
 */
export function readObject(
  errors: Errors,
  path: string,
  value: unknown,
  fields: Shape,
  missing: FieldErrorCode = 'required',
  dropUnknown = false
): Record<string, unknown> | undefined {
  if (!isObjectLike(value)) {
    if (path === '' && value !== undefined) errors.push(fieldError(path, 'not-an-object'));
    else typeError(errors, path, value, missing);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const { keys, readers, known } = fields;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const given = value[key];
    const parsed = readers[i]!(errors, at(path, key), given);
    if (parsed !== undefined) {
      if (!dropUnknown || parsed !== null) out[key] = parsed;
    } else if (!dropUnknown && key in value) {
      out[key] = undefined;
    }
  }
  // `for...in`, as the schemas do: inherited enumerable keys count too.
  for (const key in value) {
    if (!known.has(key)) errors.push(fieldError(at(path, key), 'unknown-field', { key }));
  }
  return out;
}

/** Optional and nullable: undefined and null pass through as they are. */
export function unknownable(read: Reader): Reader {
  return (errors, path, value) =>
    value === undefined || value === null ? value : read(errors, path, value);
}

/** Optional: undefined passes through. */
export function optional(read: Reader): Reader {
  return (errors, path, value) => (value === undefined ? undefined : read(errors, path, value));
}

/** Length in code points, as the schemas' `u` patterns count (a surrogate pair is one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** What a string reader made of one text: the value to keep, or the error to report. */
type Verdict = { ok: true; value: string } | { ok: false; code: FieldErrorCode; params?: FieldErrorParams };

/**
 * A string reader that judges each distinct text once: a host checks many municipalities with the
 * same few figure sources, and the patterns cost most of a check. Bounded: emptied when full.
 */
function judgedOnce(judge: (text: string) => Verdict) {
  const verdicts = new Map<string, Verdict>();
  return (errors: Errors, path: string, value: unknown): unknown => {
    if (typeof value !== 'string') return typeError(errors, path, value), value;
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      if (verdicts.size >= 4096) verdicts.clear();
      verdicts.set(value, (verdict = judge(value)));
    }
    if (verdict.ok) return verdict.value;
    errors.push(fieldError(path, verdict.code, verdict.params));
    return value;
  };
}

/** A trimmed text of `min` to `max` code points without forbidden characters (see `trimmedText`). */
export function readText(min: number, max: number, multiline = false) {
  const forbidden = multiline ? forbiddenTextCharacter : forbiddenLineCharacter;
  return judgedOnce((text): Verdict => {
    if (forbidden.test(text)) return { ok: false, code: 'invalid-characters' };
    const trimmed = text.trim();
    const length = codePoints(trimmed);
    if (length === 0) return { ok: false, code: 'required' };
    if (length < min) return { ok: false, code: 'too-short', params: { min } };
    if (length > max) return { ok: false, code: 'too-long', params: { max } };
    return { ok: true, value: trimmed };
  });
}

/**
 * A string matching `pattern`. A mismatch gives `code`; without one, `invalid-characters` when the
 * text holds a forbidden character and `invalid-format` otherwise (as `toFieldErrors` decides).
 */
export function readPattern(pattern: RegExp, code?: FieldErrorCode) {
  return judgedOnce((text): Verdict => {
    if (pattern.test(text)) return { ok: true, value: text };
    return {
      ok: false,
      code: code ?? (forbiddenTextCharacter.test(text) ? 'invalid-characters' : 'invalid-format'),
    };
  });
}

// zod's `iso.date` pattern: real days only, leap years included.
const isoDate =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** A calendar date `YYYY-MM-DD`. */
export const readDate = /* @__PURE__ */ readPattern(isoDate, 'invalid-date');

/** One of `options`; anything else is `invalid-option` (`missing` when absent). */
export function readOption(options: readonly unknown[], missing: FieldErrorCode = 'required', wrong: FieldErrorCode = 'invalid-option') {
  return (errors: Errors, path: string, value: unknown): unknown => {
    if (!options.includes(value)) errors.push(fieldError(path, value === undefined ? missing : wrong));
    return value;
  };
}

/**
 * A list of distinct `options`. With `requiredCode`, at least one item, and that code when the list is
 * missing or empty. As in the schemas, the list's own checks run only when every item is valid.
 */
export function readList(options: readonly unknown[], requiredCode?: FieldErrorCode) {
  const readItem = readOption(options);
  return (errors: Errors, path: string, value: unknown): unknown => {
    if (!Array.isArray(value)) return typeError(errors, path, value, requiredCode), value;
    const before = errors.length;
    // Index by index, holes included, as the schema reads them.
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) items.push(readItem(errors, at(path, i), value[i]));
    if (errors.length > before) return items;
    if (new Set(items).size !== items.length) errors.push(fieldError(path, 'duplicate'));
    if (requiredCode !== undefined && items.length === 0) errors.push(fieldError(path, requiredCode));
    return items;
  };
}

/** A number (finite), optionally a safe integer, within `min`..`max`. */
export function readNumber(options: { integer?: boolean; min: number; max?: number }) {
  return (errors: Errors, path: string, value: unknown): unknown => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return typeError(errors, path, value), value;
    if (options.integer === true) {
      if (!Number.isInteger(value)) {
        errors.push(fieldError(path, 'not-integer'));
        errors.stopped = true;
        return value;
      }
      if (value > Number.MAX_SAFE_INTEGER) errors.push(fieldError(path, 'too-large', { max: Number.MAX_SAFE_INTEGER }));
      if (value < Number.MIN_SAFE_INTEGER) errors.push(fieldError(path, 'too-small', { min: Number.MIN_SAFE_INTEGER }));
    }
    if (value < options.min) errors.push(fieldError(path, 'too-small', { min: options.min }));
    if (options.max !== undefined && value > options.max) errors.push(fieldError(path, 'too-large', { max: options.max }));
    return value;
  };
}
