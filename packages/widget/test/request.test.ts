import { describe, expect, it } from 'vitest';
import { composeDate } from '../src/date-parts.js';
import { draftLifetimeMs, readDraft, withoutContact } from '../src/draft.js';
import { fieldForPath, toShownErrors } from '../src/field-errors.js';
import { emptyForm, formFields, withFormInput } from '../src/form.js';
import { buildSupportRequest } from '../src/request-builder.js';
import { isStepId } from '../src/controllers/step-navigation.js';

const input = (name: string, value = '', checked = false) => ({ name, value, checked });
const message = { nl: 'fout', en: 'error' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('withFormInput', () => {
  it('sets text fields, toggles checkbox lists and the consent', () => {
    let f = emptyForm();
    f = withFormInput(f, input('name', 'Anna'))!;
    f = withFormInput(f, input('supportTypes', 'local-structure', true))!;
    f = withFormInput(f, input('supportTypes', 'measures-package', true))!;
    f = withFormInput(f, input('supportTypes', 'local-structure', false))!;
    f = withFormInput(f, input('privacyConsent', 'on', true))!;
    expect(f).toEqual({ ...emptyForm(), name: 'Anna', supportTypes: ['measures-package'], privacyConsent: true });
  });

  it('ignores inputs that are no form field (such as the honeypot)', () => {
    expect(withFormInput(emptyForm(), input('website', 'spam'))).toBeNull();
  });
});

describe('fieldForPath', () => {
  it('maps request paths to form fields', () => {
    expect(fieldForPath('contact.email')).toBe('email');
    expect(fieldForPath('supportTypes.1')).toBe('supportTypes');
    expect(fieldForPath('partnersOther')).toBe('partnersOther');
    expect(fieldForPath('partners.0')).toBe('partners');
  });

  it('has no field for paths outside the form', () => {
    for (const path of ['', 'municipality.code', 'eligibility', 'contact', 'email', 'partnersX']) expect(fieldForPath(path)).toBeNull();
  });
});

describe('toShownErrors', () => {
  it('sorts errors into form order, errors without a field first', () => {
    const shown = toShownErrors(
      [
        { path: 'privacyConsent', code: 'a', message },
        { path: 'municipality', code: 'b', message },
        { path: 'contact.name', code: 'c', message },
        { path: 'question', code: 'd', message },
      ],
      formFields,
    );
    expect(shown.map((e) => [e.field, e.code])).toEqual([
      [null, 'b'],
      ['name', 'c'],
      ['question', 'd'],
      ['privacyConsent', 'a'],
    ]);
  });
});

describe('buildSupportRequest', () => {
  const context = { clientRequestId: 'id', municipality: { code: 'GM0981', name: 'Vaals' }, eligibility: undefined, language: 'nl' as const };

  it('trims the text and leaves out empty optional fields', () => {
    const form = { ...emptyForm(), name: ' Anna ', role: ' Beleid ', email: ' a@b.nl ', question: ' Vraag ', partnersOther: 'ook', supportTypeOther: 'ook' };
    const request = buildSupportRequest(form, context);
    expect(request['contact']).toEqual({ name: 'Anna', role: 'Beleid', email: 'a@b.nl' });
    expect(request['question']).toBe('Vraag');
    expect(request['planPhases']).toEqual([]);
    expect(request).not.toHaveProperty('supportTypeOther');
    expect(request).not.toHaveProperty('partnersOther');
    expect(request).not.toHaveProperty('preferredStart');
    expect(request['municipality']).toEqual(context.municipality);
  });

  it('keeps phone, other partners (with "other") and the start date when given', () => {
    const form = { ...emptyForm(), phone: ' 043 ', partners: ['other'], partnersOther: ' bieb ' };
    const request = buildSupportRequest(form, { ...context, municipality: null, preferredStart: '2025-09-01' });
    expect(request['contact']).toMatchObject({ phone: '043' });
    expect(request['partnersOther']).toBe('bieb');
    expect(request['preferredStart']).toBe('2025-09-01');
    expect(request['municipality']).toBeUndefined();
  });
});

describe('readDraft', () => {
  const now = Date.UTC(2026, 0, 15, 12);
  const valid = {
    version: 2,
    savedAt: now - 60_000,
    municipality: 'GM0981',
    step: 'form',
    clientRequestId: '123e4567-e89b-42d3-a456-426614174000',
    answers: { targetGroupShare: '12,5', coronaImpact: 'above-average' },
    form: { name: 'Anna', supportTypes: ['local-structure', 3], privacyConsent: true },
  };

  it('reads a draft field by field', () => {
    const draft = readDraft(valid, isStepId, now);
    expect(draft?.step).toBe('form');
    expect(draft?.clientRequestId).toBe(valid.clientRequestId);
    expect(draft?.answers).toMatchObject({ targetGroupShare: '12,5', coronaImpact: 'above-average', merged: '' });
    expect(draft?.form).toEqual({ ...emptyForm(), name: 'Anna', supportTypes: ['local-structure'], privacyConsent: true });
  });

  it('empties unexpected values and replaces a key that is no UUID', () => {
    const draft = readDraft(
      { ...valid, step: 'elsewhere', clientRequestId: 'x', answers: { merged: 'maybe' }, form: { name: 7, partners: 'all', privacyConsent: 'yes' } },
      isStepId,
      now,
    );
    expect(draft?.step).toBe('municipality');
    expect(draft?.clientRequestId).toMatch(uuid);
    expect(draft?.answers.merged).toBe('');
    expect(draft?.form).toEqual(emptyForm());
  });

  it('is null for anything that is no draft', () => {
    for (const value of [null, 'draft', { version: 2, clientRequestId: 'x' }, { version: 1 }]) expect(readDraft(value, isStepId, now)).toBeNull();
  });

  it('is null once 30 minutes have passed since it was saved, and for a draft without a time', () => {
    expect(readDraft({ ...valid, savedAt: now - draftLifetimeMs + 1000 }, isStepId, now)).not.toBeNull();
    expect(readDraft({ ...valid, savedAt: now - draftLifetimeMs }, isStepId, now)).toBeNull();
    expect(readDraft({ ...valid, savedAt: undefined }, isStepId, now)).toBeNull();
    expect(readDraft({ ...valid, version: 1 }, isStepId, now)).toBeNull();
  });

  it('reads a start date as three fields, also from a YYYY-MM-DD string of an older form', () => {
    expect(readDraft({ ...valid, form: { preferredStart: { day: '1', month: '9', year: '2026', x: 1 } } }, isStepId, now)?.form.preferredStart).toEqual({ day: '1', month: '9', year: '2026' });
    expect(readDraft({ ...valid, form: { preferredStart: '2026-09-01' } }, isStepId, now)?.form.preferredStart).toEqual({ day: '1', month: '9', year: '2026' });
  });

  it('leaves out the contact details and the question after the e-mail hand-off', () => {
    const draft = readDraft({ ...valid, form: { name: 'Anna', role: 'R', email: 'a@b.nl', phone: '06', question: 'Vraag', supportTypes: ['local-structure'] } }, isStepId, now);
    const kept = draft && withoutContact(draft);
    expect(kept?.form).toEqual({ ...emptyForm(), supportTypes: ['local-structure'] });
    expect(kept?.answers).toEqual(draft?.answers);
  });
});

describe('composeDate', () => {
  it('makes YYYY-MM-DD from real dates only', () => {
    expect(composeDate({ day: '1', month: '9', year: '2026' })).toBe('2026-09-01');
    expect(composeDate({ day: ' 29', month: '02 ', year: '2028' })).toBe('2028-02-29');
    expect(composeDate({ day: '', month: '', year: '' })).toBeUndefined();
    for (const [day, month, year] of [['31', '2', '2026'], ['1', '13', '2026'], ['1', '9', '26'], ['', '9', '2026'], ['x', '9', '2026'], ['29', '2', '2027']]) {
      expect(composeDate({ day: day!, month: month!, year: year! }), `${day}-${month}-${year}`).toBeNull();
    }
  });
});
