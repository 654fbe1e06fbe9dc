import type { Answers } from './answers.js';
import type { StepId } from './controllers/step-navigation.js';
import { emptyForm, formFields, type FormState } from './form.js';
import { newRequestId } from './request-id.js';

/** What is kept in sessionStorage between reloads. */
export interface Draft {
  version: 1;
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
    (form as unknown as Record<string, unknown>)[key] = Array.isArray(empty) ? strings(f[key]) : typeof empty === 'boolean' ? f[key] === true : str(f[key]);
  }
  return form;
}

/**
 * Reads a stored draft field by field, so an old, changed or tampered value can never break the
 * widget: anything unexpected becomes empty. Null when it is no draft at all.
 */
export function readDraft(value: unknown, isStep: (step: unknown) => step is StepId): Draft | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  if (d['version'] !== 1 || typeof d['clientRequestId'] !== 'string') return null;
  const a = (d['answers'] ?? {}) as Record<string, unknown>;
  return {
    version: 1,
    municipality: typeof d['municipality'] === 'string' ? d['municipality'] : null,
    step: isStep(d['step']) ? d['step'] : 'municipality',
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
