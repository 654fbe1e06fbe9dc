import type { Answers } from './answers.js';
import type { StepId } from './controllers/step-navigation.js';
import { splitDate } from './date-parts.js';
import { emptyForm, formFields, type FormState } from './form.js';
import { newRequestId } from './request-id.js';

/** How long a draft is kept: after this it is neither restored nor left in storage. */
export const draftLifetimeMs = 30 * 60 * 1000;

/** What is kept in sessionStorage between reloads. */
export interface Draft {
  version: 2;
  /** When it was saved (ms since 1970); a draft older than `draftLifetimeMs` is dropped. */
  savedAt: number;
  municipality: string | null;
  step: StepId;
  answers: Answers;
  form: FormState;
  clientRequestId: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 5000) : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' => (allowed.includes(v as T) ? (v as T) : '');

/** The form of a draft: each field as the type the empty form has, else empty. */
function readForm(f: Record<string, unknown>): FormState {
  const form = emptyForm();
  for (const key of formFields) {
    const empty = form[key];
    const v = f[key];
    (form as unknown as Record<string, unknown>)[key] = Array.isArray(empty)
      ? strings(v)
      : typeof empty === 'boolean'
        ? v === true
        : typeof empty === 'object'
          ? readDate(v)
          : str(v);
  }
  return form;
}

/** A date as three fields; a `YYYY-MM-DD` string is split. */
function readDate(v: unknown): FormState['preferredStart'] {
  if (typeof v === 'string') return splitDate(v);
  const d = (v ?? {}) as Record<string, unknown>;
  return { day: str(d['day']).slice(0, 2), month: str(d['month']).slice(0, 2), year: str(d['year']).slice(0, 4) };
}

/** The fields that say who the visitor is: removed from storage as soon as they are no longer needed. */
const contactFields = ['name', 'role', 'email', 'phone', 'question'] as const;

/** The draft without the visitor's contact details and question (after the e-mail hand-off). */
export function withoutContact(draft: Draft): Draft {
  const form = { ...draft.form };
  for (const field of contactFields) form[field] = '';
  return { ...draft, form };
}

/**
 * Reads a stored draft field by field, so an old, changed or tampered value can never break the
 * widget: anything unexpected becomes empty. Null when it is no draft at all, or older than
 * `draftLifetimeMs` at `now` (a draft without a time, from an older version, counts as expired).
 */
export function readDraft(value: unknown, isStep: (step: unknown) => step is StepId, now = Date.now()): Draft | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  if (d['version'] !== 2 || typeof d['clientRequestId'] !== 'string') return null;
  const savedAt = d['savedAt'];
  if (typeof savedAt !== 'number' || !(now - savedAt < draftLifetimeMs) || savedAt > now + 60_000) return null;
  const a = (d['answers'] ?? {}) as Record<string, unknown>;
  return {
    version: 2,
    savedAt,
    municipality: typeof d['municipality'] === 'string' ? d['municipality'] : null,
    // The checked request lives in memory only: a draft saved on the check step reopens the form.
    step: d['step'] === 'check' ? 'form' : isStep(d['step']) ? d['step'] : 'municipality',
    // A key that is no UUID would fail at the endpoint: start with a fresh one instead.
    clientRequestId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(d['clientRequestId'])
      ? d['clientRequestId']
      : newRequestId(),
    answers: {
      targetGroupShare: str(a['targetGroupShare']),
      targetGroupUnknown: a['targetGroupUnknown'] === true,
      coronaImpact: oneOf(a['coronaImpact'], ['above-average', 'not-above-average', 'unknown'] as const),
      merged: oneOf(a['merged'], ['yes', 'no', 'unknown'] as const),
      capacity: oneOf(a['capacity'], ['yes', 'no', 'unknown'] as const),
      cooperation: oneOf(a['cooperation'], ['yes', 'no'] as const),
    },
    form: readForm((d['form'] ?? {}) as Record<string, unknown>),
  };
}
