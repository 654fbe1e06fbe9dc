import { datePartNames, emptyDate, type DateParts } from './date-parts.js';

/** The request form as typed. */
export interface FormState {
  name: string;
  role: string;
  email: string;
  phone: string;
  supportTypes: string[];
  supportTypeOther: string;
  planPhases: string[];
  question: string;
  partners: string[];
  partnersOther: string;
  /** A preferred form id (core's `preferredForms`), or empty when none is chosen. */
  preferredForm: string;
  /** A preferred intensity id (core's `preferredIntensities`), or empty when none is chosen. */
  preferredIntensity: string;
  /** Day, month and year as typed (the inputs `preferredStart.day`, `.month`, `.year`). */
  preferredStart: DateParts;
  privacyConsent: boolean;
}

/** The form's fields in the order they are shown (errors are listed in this order too). */
export const formFields: ReadonlyArray<keyof FormState> = [
  'name',
  'role',
  'email',
  'phone',
  'supportTypes',
  'supportTypeOther',
  'planPhases',
  'question',
  'partners',
  'partnersOther',
  'preferredForm',
  'preferredIntensity',
  'preferredStart',
  'privacyConsent',
];

export const emptyForm = (): FormState => ({
  name: '',
  role: '',
  email: '',
  phone: '',
  supportTypes: [],
  supportTypeOther: '',
  planPhases: [],
  question: '',
  partners: [],
  partnersOther: '',
  preferredForm: '',
  preferredIntensity: '',
  preferredStart: emptyDate(),
  privacyConsent: false,
});

/** The form after one input changed; null when the input is no form field. */
export function withFormInput(form: FormState, input: Pick<HTMLInputElement, 'name' | 'value' | 'checked'>): FormState | null {
  const name = input.name;
  const part = datePartNames.find((p) => name === `preferredStart.${p}`);
  if (part) return { ...form, preferredStart: { ...form.preferredStart, [part]: input.value } };
  if (!(formFields as readonly string[]).includes(name)) return null;
  const f: FormState = { ...form };
  if (name === 'supportTypes' || name === 'planPhases' || name === 'partners') {
    const list = new Set(f[name]);
    if (input.checked) list.add(input.value);
    else list.delete(input.value);
    f[name] = [...list];
  } else if (name === 'privacyConsent') {
    f.privacyConsent = input.checked;
  } else {
    (f as unknown as Record<string, string>)[name] = input.value;
  }
  return f;
}
