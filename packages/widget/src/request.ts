import type { StepId } from './controllers/step-navigation.js';

/** Answers to the questions the data cannot answer, as typed (raw, so a draft restores exactly). */
export interface Answers {
  targetGroupShare: string;
  targetGroupUnknown: boolean;
  coronaImpact: '' | 'above-average' | 'not-above-average' | 'unknown';
  merged: '' | 'yes' | 'no' | 'unknown';
  capacity: '' | 'yes' | 'no' | 'unknown';
  cooperation: '' | 'yes' | 'no';
}

/** The request form as typed. */
export interface FormState {
  name: string;
  role: string;
  email: string;
  phone: string;
  supportTypes: string[];
  planPhase: string;
  question: string;
  partners: string[];
  partnersOther: string;
  preferredStart: string;
  privacyConsent: boolean;
}

/** What is kept in sessionStorage between reloads. */
export interface Draft {
  version: 1;
  municipality: string | null;
  step: StepId;
  answers: Answers;
  form: FormState;
  clientRequestId: string;
}

export const emptyAnswers = (): Answers => ({
  targetGroupShare: '',
  targetGroupUnknown: false,
  coronaImpact: '',
  merged: '',
  capacity: '',
  cooperation: '',
});

export const emptyForm = (): FormState => ({
  name: '',
  role: '',
  email: '',
  phone: '',
  supportTypes: [],
  planPhase: '',
  question: '',
  partners: [],
  partnersOther: '',
  preferredStart: '',
  privacyConsent: false,
});

/** Parses a Dutch or English percentage ("12,5", "12.5", "12,5 %"); null when not a number in 0..100. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= 0 && value <= 100 ? value : null;
}

/** A version 4 UUID; crypto.randomUUID exists only in secure contexts, so fall back to getRandomValues. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Form field ids by the request path an error names; errors elsewhere go to the summary only. */
const fieldByPath: ReadonlyArray<readonly [string, keyof FormState]> = [
  ['contact.name', 'name'],
  ['contact.role', 'role'],
  ['contact.email', 'email'],
  ['contact.phone', 'phone'],
  ['supportTypes', 'supportTypes'],
  ['planPhase', 'planPhase'],
  ['question', 'question'],
  ['partnersOther', 'partnersOther'],
  ['partners', 'partners'],
  ['preferredStart', 'preferredStart'],
  ['privacyConsent', 'privacyConsent'],
];

export function fieldForPath(path: string): keyof FormState | null {
  for (const [prefix, field] of fieldByPath) {
    if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  }
  return null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 5000) : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' => (allowed.includes(v as T) ? (v as T) : '');

/**
 * Reads a stored draft field by field, so an old, changed or tampered value can never break the
 * widget: anything unexpected becomes empty. Null when it is no draft at all.
 */
export function readDraft(value: unknown, isStep: (step: unknown) => step is StepId): Draft | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as Record<string, unknown>;
  if (d['version'] !== 1 || typeof d['clientRequestId'] !== 'string') return null;
  const a = (d['answers'] ?? {}) as Record<string, unknown>;
  const f = (d['form'] ?? {}) as Record<string, unknown>;
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
    form: {
      name: str(f['name']),
      role: str(f['role']),
      email: str(f['email']),
      phone: str(f['phone']),
      supportTypes: strings(f['supportTypes']),
      planPhase: str(f['planPhase']),
      question: str(f['question']),
      partners: strings(f['partners']),
      partnersOther: str(f['partnersOther']),
      preferredStart: str(f['preferredStart']),
      privacyConsent: f['privacyConsent'] === true,
    },
  };
}
