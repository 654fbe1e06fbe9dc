import type * as z from 'zod/mini';
import { en, enFields } from './messages/en.js';
import { nl, nlFields } from './messages/nl.js';
import type { LocalizedText } from './ids.js';
import { forbiddenLineCharacter, forbiddenTextCharacter } from './text-characters.js';

/** Codes of validation errors; each has a message in every language. */
export type FieldErrorCode = keyof typeof nl;

/** One validation error: where (dot-joined path, `''` for the root), which code, and what to fix. */
export interface FieldError {
  /** Dot-joined path, e.g. `contact.email` or `supportTypes.1`; `''` for the whole value. */
  path: string;
  /** Stable error code, e.g. `invalid-email`; core's own codes are listed in {@link FieldErrorCode}. */
  code: string;
  /** What is wrong and how to fix it, in Dutch and English. */
  message: LocalizedText;
}

/** Values filled into a message template: the offending key (`{key}`) and bounds (`{min}`, `{max}`). */
export interface FieldErrorParams {
  /** Name of an unknown field. */
  key?: string;
  /** Lower bound (characters, items or value). */
  min?: number | bigint;
  /** Upper bound (characters, items or value). */
  max?: number | bigint;
}

function fill(template: string, params: Record<string, string | number | bigint | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

function fieldName(path: string, names: Readonly<Record<string, string>>, fallback: string): string {
  // Try the full path without array indices, then the last property name.
  const withoutIndices = path.replace(/\.\d+(?=\.|$)/g, '');
  if (Object.hasOwn(names, withoutIndices)) return names[withoutIndices] as string;
  const last = withoutIndices.split('.').pop() ?? '';
  if (Object.hasOwn(names, last)) return names[last] as string;
  return fallback;
}

/** Builds a field error with the messages of `code` in both languages, filling in the field name and bounds. */
export function fieldError(path: string, code: FieldErrorCode, params: FieldErrorParams = {}): FieldError {
  return {
    path,
    code,
    message: {
      nl: fill(nl[code], { ...params, field: fieldName(path, nlFields, 'dit veld') }),
      en: fill(en[code], { ...params, field: fieldName(path, enFields, 'this field') }),
    },
  };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? key.toString() : String(key))).join('.');
}

const PATTERN_CODES: Readonly<Record<string, FieldErrorCode>> = {
  clientRequestId: 'invalid-uuid',
  'municipality.code': 'invalid-municipality-code',
  'contact.email': 'invalid-email',
  'contact.phone': 'invalid-phone',
  version: 'invalid-version',
  'policy.version': 'invalid-version',
  'eligibility.policy.version': 'invalid-version',
};

// Lists that need at least one choice have their own message, for a missing list as for an empty one.
const REQUIRED_CODES: Readonly<Record<string, FieldErrorCode>> = {
  supportTypes: 'support-types-required',
  planPhases: 'plan-phases-required',
};

const KNOWN_CODES = /* @__PURE__ */ (() => new Set<string>(Object.keys(nl)))();

function textLengthCode(input: unknown, pattern: string | undefined): { code: FieldErrorCode; min?: number; max?: number } {
  // Our trimmed-text patterns end in `{a,b}\S\s*$` or `{0,b}\S)?\s*$`; recover the bounds to say which way it failed.
  const match = pattern === undefined ? null : /\{(\d+),(\d+)\}\\S(?:\))?\??\\s\*\$(?:\/\w*)?$/.exec(pattern);
  if (match === null || typeof input !== 'string') return { code: 'invalid-format' };
  const isShortForm = pattern?.includes(`{0,${match[2]}}\\S)?`) ?? false;
  const min = isShortForm ? 1 : Number(match[1]) + 2;
  const max = Number(match[2]) + 2;
  const length = [...input.trim()].length;
  if (length < min) return length === 0 ? { code: 'required' } : { code: 'too-short', min };
  if (length > max) return { code: 'too-long', max };
  return { code: 'invalid-format' };
}

/** Whether a text failed its pattern because of a control, format or direction character. */
function hasForbiddenCharacter(input: unknown, pattern: string | undefined): boolean {
  if (typeof input !== 'string' || pattern === undefined) return false;
  if (forbiddenTextCharacter.test(input)) return true;
  // One-line texts also refuse tab and line breaks; their pattern lists all of C0.
  return pattern.includes('\\u0000-\\u001F') && forbiddenLineCharacter.test(input);
}

/** Maps one zod issue to field errors (an unknown-keys issue gives one error per key). */
function mapIssue(raw: z.core.$ZodIssue, basePath: string, input: { value: unknown } | undefined): FieldError[] {
  // zod only copies the offending value into the issue with `reportInput: true`; otherwise look it up.
  const issue = 'input' in raw || input === undefined ? raw : ({ ...raw, input: valueAt(input.value, raw.path) } as z.core.$ZodIssue);
  const relative = joinPath(issue.path);
  const path = basePath && relative ? `${basePath}.${relative}` : basePath || relative;
  const pathNoIndex = relative.replace(/\.\d+(?=\.|$)/g, '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        if (pathNoIndex === 'privacyConsent') return [fieldError(path, 'consent-required')];
        const requiredCode = REQUIRED_CODES[pathNoIndex];
        if (requiredCode !== undefined) return [fieldError(path, requiredCode)];
        return [fieldError(path, 'required')];
      }
      if (path === basePath && issue.expected === 'object') return [fieldError(path, 'not-an-object')];
      if (issue.expected === 'int') return [fieldError(path, 'not-integer')];
      return [fieldError(path, 'invalid-type')];
    case 'too_small':
      if (issue.origin === 'array') {
        return [fieldError(path, REQUIRED_CODES[pathNoIndex] ?? 'too-few', { min: issue.minimum })];
      }
      if (issue.origin === 'string') return [fieldError(path, 'too-short', { min: issue.minimum })];
      return [fieldError(path, 'too-small', { min: issue.minimum })];
    case 'too_big':
      if (issue.origin === 'string') return [fieldError(path, 'too-long', { max: issue.maximum })];
      return [fieldError(path, 'too-large', { max: issue.maximum })];
    case 'invalid_format': {
      if (issue.format === 'date') return [fieldError(path, 'invalid-date')];
      if (issue.format === 'datetime') return [fieldError(path, 'invalid-datetime')];
      const byPath = PATTERN_CODES[pathNoIndex] ?? PATTERN_CODES[pathNoIndex.split('.').pop() ?? ''];
      if (byPath !== undefined) return [fieldError(path, byPath)];
      const pattern = 'pattern' in issue ? issue.pattern : undefined;
      if (hasForbiddenCharacter(issue.input, pattern)) return [fieldError(path, 'invalid-characters')];
      const length = textLengthCode(issue.input, pattern);
      return [fieldError(path, length.code, length)];
    }
    case 'invalid_value':
      if (pathNoIndex === 'privacyConsent') return [fieldError(path, 'consent-required')];
      if (issue.input === undefined) return [fieldError(path, 'required')];
      return [fieldError(path, 'invalid-option')];
    case 'unrecognized_keys':
      return issue.keys.map((key) => fieldError(path ? `${path}.${key}` : key, 'unknown-field', { key }));
    case 'invalid_union':
      return [fieldError(path, issue.input === undefined ? 'required' : 'invalid-option')];
    case 'not_multiple_of':
      return [fieldError(path, 'not-integer')];
    case 'custom':
      return [fieldError(path, KNOWN_CODES.has(issue.message) ? (issue.message as FieldErrorCode) : 'invalid-format')];
    default:
      return [fieldError(path, 'invalid-format')];
  }
}

/** Options of {@link toFieldErrors}. */
export interface ToFieldErrorsOptions {
  /** Prefix for every path, e.g. `body`. */
  basePath?: string;
  /**
   * The value that was parsed. Needed to tell a missing field from a wrong one and to measure texts,
   * unless the parse ran with `{ reportInput: true }`.
   */
  input?: unknown;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  try {
    let value = root;
    for (const key of path) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Maps every issue of a failed zod parse of a core schema to field errors with Dutch and English
 * messages, optionally under a path prefix (e.g. for a schema nested in a larger body).
 */
export function toFieldErrors(error: z.core.$ZodError, options: ToFieldErrorsOptions = {}): FieldError[] {
  const input = options.input === undefined && !('input' in options) ? undefined : { value: options.input };
  return error.issues.flatMap((issue) => mapIssue(issue, options.basePath ?? '', input));
}
