import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eligibilityInputSchema,
  evaluateEligibility,
  evaluateUnderCurrentPolicy,
  exampleSupportRequest,
  parseSupportRequest,
  readEligibilityInput,
  readSupportRequest,
  supportRequestLimits,
  toFieldErrors,
  type EligibilityInput,
} from '../src/index.js';
import { eligibilityInputValues, mostly, oddValue, sometimesExtra } from './arbitraries.js';

// The zod-free readers must be the schemas' twins: the same verdict, the same value and the same
// field errors, in the same order, for every value. Compared here on many generated values, valid
// and broken in every field.

/** What the schema gives, in the readers' terms: unknown answers left out, as evaluateEligibility records them. */
function schemaReading(value: unknown) {
  const parsed = eligibilityInputSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { success: false, errors: toFieldErrors(parsed.error) };
  const drop = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined));
  const data = drop(parsed.data);
  if (data['provenance'] !== undefined) {
    const provenance = drop(data['provenance'] as Record<string, unknown>);
    if (Object.keys(provenance).length > 0) data['provenance'] = provenance;
    else delete data['provenance'];
  }
  return { success: true, data };
}

// Texts near every edge: blank, trimmed, too short and too long (also in code points beyond the
// BMP), forbidden characters, line breaks (allowed only in the question).
const textAround = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 60) }).filter((s) => s.trim().length >= min), weight: 6 },
    fc.constantFrom('', '   ', ' \t\n ', 'a', 'ab', ' ab ', 'a\u0000b', 'ab\u202e', 'ab\ud800', '😀😀', 'line\nbreak', 'tab\there', '\u00a0ab\u00a0'),
    fc.constantFrom(min - 1, min, max, max + 1).filter((n) => n >= 0).map((n) => 'x'.repeat(n)),
    fc.constantFrom(max, max + 1).map((n) => '😀'.repeat(n)),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
const listOf = (ids: readonly string[]) =>
  fc.oneof(
    { arbitrary: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }), weight: 6 },
    fc.array(fc.oneof(fc.constantFrom(...ids), fc.constant('nope'), fc.constant(undefined), fc.integer()), { maxLength: 4 }),
    fc.constant([ids[0], ids[0]]),
    fc.constant([]),
  );
const limits = supportRequestLimits;
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 5 }, fc.constant(undefined), oddValue);

const request = sometimesExtra(
  fc.record(
    {
      clientRequestId: mostly(fc.oneof(fc.uuid(), fc.constantFrom(exampleSupportRequest.clientRequestId, 'not-a-uuid'))),
      municipality: mostly(
        sometimesExtra(fc.record({ code: mostly(fc.constantFrom('GM0088', 'GM88', 'gm0088')), name: sometimes(textAround(limits.municipalityName.min, limits.municipalityName.max)) }, { requiredKeys: [] })),
      ),
      contact: mostly(
        sometimesExtra(
          fc.record(
            {
              name: sometimes(textAround(limits.contactName.min, limits.contactName.max)),
              role: sometimes(textAround(limits.contactRole.min, limits.contactRole.max)),
              email: sometimes(fc.oneof(fc.emailAddress(), fc.constantFrom('j@example.nl', 'j@', ' j@example.nl'))),
              phone: sometimes(fc.constantFrom('0519 123456', '+31 6 12345678', '123', '0519\u0000123456')),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      supportTypes: sometimes(listOf(['local-structure', 'thematic-workgroups', 'other'])),
      supportTypeOther: sometimes(textAround(limits.supportTypeOther.min, limits.supportTypeOther.max)),
      planPhases: sometimes(listOf(['make', 'elaborate', 'execute', 'evaluate'])),
      preferredForm: sometimes(fc.constantFrom('mixed', 'online', 'by-pigeon')),
      preferredIntensity: sometimes(fc.constantFrom('few-sessions', 'lots')),
      question: sometimes(textAround(limits.question.min, limits.question.max)),
      partners: sometimes(listOf(['library', 'childcare', 'other'])),
      partnersOther: sometimes(textAround(limits.partnersOther.min, limits.partnersOther.max)),
      preferredStart: sometimes(fc.constantFrom('2025-09-01', '2024-02-29', '2025-02-29', '2025-9-1')),
      eligibility: mostly(
        sometimesExtra(
          fc.record(
            {
              policy: mostly(sometimesExtra(fc.record({ id: mostly(fc.constantFrom('npo-kleinere-gemeenten', 'Bad id', 'x\u0000')), version: mostly(fc.constantFrom('1.1.0', '1.1')) }, { requiredKeys: [] }))),
              answers: eligibilityInputValues,
              dataSnapshot: fc.oneof(fc.constant(null), fc.constantFrom('cbs-2025', '', 'a\u0000', 'x'.repeat(201)), oddValue),
              outcome: mostly(fc.constantFrom('eligible', 'contact', 'not-eligible', 'maybe')),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      privacyConsent: sometimes(fc.constantFrom(true, false, 'true')),
      language: sometimes(fc.constantFrom('nl', 'en', 'fy')),
    },
    { requiredKeys: [] },
  ),
);

/** The example request with one field replaced: most runs then fail in that field alone. */
const nearlyValid = fc
  .tuple(request, fc.constantFrom(...Object.keys(exampleSupportRequest)))
  .map(([generated, key]) => ({ ...exampleSupportRequest, [key]: (generated as Record<string, unknown>)[key] }));

describe('readEligibilityInput', () => {
  it('gives what eligibilityInputSchema gives: verdict, answers and every field error', () => {
    let valid = 0;
    fc.assert(
      // Now and then no object at all.
      fc.property(fc.oneof({ arbitrary: eligibilityInputValues, weight: 12 }, oddValue, fc.constant(null), fc.constant(undefined)), (value) => {
        const read = readEligibilityInput(value);
        expect(read).toStrictEqual(schemaReading(value));
        if (read.success) valid++;
      }),
      { numRuns: 4000, seed: 20261130 },
    );
    // Both verdicts must occur often for the comparison to mean something.
    expect(valid).toBeGreaterThan(300);
    expect(valid).toBeLessThan(3600);
  });

  it('says what to fix, in both languages', () => {
    const read = readEligibilityInput({ inhabitants: -1, targetGroupShare: 101, coronaImpact: 'yes', extra: 1 });
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.errors.map((e) => `${e.path}:${e.code}`)).toEqual(['inhabitants:too-small', 'targetGroupShare:too-large', 'coronaImpact:invalid-option', 'extra:unknown-field']);
    expect(read.errors[1]!.message.nl).toContain('100');
  });

  it('reads objects that are not plain, arrays, -0 and hidden keys as the schema does', () => {
    class Answers {
      inhabitants = 5000;
    }
    const odd = [new Answers(), [], { inhabitants: -0 }, Object.create(null), Object.defineProperty({}, 'inhabitants', { value: -5, enumerable: false }), new Date(0)];
    for (const value of odd) expect(readEligibilityInput(value)).toStrictEqual(schemaReading(value));
  });

  it('judges the same texts again, and sees a change of the same object between two checks', () => {
    const value: Record<string, unknown> = { inhabitants: 20_000, provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS' } } };
    const first = evaluateEligibility(value as EligibilityInput);
    first.record.answers.provenance!.inhabitants!.source = 'changed by the caller';
    expect(evaluateEligibility(value as EligibilityInput).record.answers.provenance?.inhabitants?.source).toBe('CBS');
    value['inhabitants'] = -1;
    expect(() => evaluateEligibility(value as EligibilityInput)).toThrow();
    // A remembered verdict still reports the error at the path where it occurs now.
    const bad = { provenance: { inhabitants: { referenceDate: '2024-13-01', source: 'CBS' }, targetGroupShare: { referenceDate: '2024-13-01', source: 'CBS' } } };
    const read = readEligibilityInput(bad);
    expect(read.success ? [] : read.errors.map((e) => e.path)).toEqual(['provenance.inhabitants.referenceDate', 'provenance.targetGroupShare.referenceDate']);
  });

  it('reports a value that cannot be read, rather than throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, has: () => { throw new Error('no'); } });
    expect(readEligibilityInput(hostile)).toMatchObject({ success: false, errors: [{ path: '', code: 'unreadable' }] });
  });
});

describe('evaluateUnderCurrentPolicy', () => {
  it('decides as evaluateEligibility does without an override, and throws the same errors', () => {
    fc.assert(
      fc.property(eligibilityInputValues, fc.option(fc.constantFrom('cbs-2025', 'snapshot-1'), { nil: undefined }), (value, dataSnapshot) => {
        const options = dataSnapshot === undefined ? {} : { dataSnapshot };
        let expected: unknown;
        let actual: unknown;
        try {
          expected = evaluateEligibility(value as EligibilityInput, options);
        } catch (error) {
          expected = error;
        }
        try {
          actual = evaluateUnderCurrentPolicy(value as EligibilityInput, options);
        } catch (error) {
          actual = error;
        }
        if (expected instanceof Error) {
          expect(actual).toBeInstanceOf(expected.constructor);
          expect((actual as { issues: unknown }).issues).toStrictEqual((expected as unknown as { issues: unknown }).issues);
        } else {
          expect(actual).toStrictEqual(expected);
        }
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});

describe('readSupportRequest', () => {
  for (const [name, values] of [
    ['generated requests', request],
    ['the example with one field changed', nearlyValid],
  ] as const) {
    it(`gives what parseSupportRequest gives, on ${name}`, () => {
      let valid = 0;
      fc.assert(
        fc.property(values, (value) => {
          const read = readSupportRequest(value);
          expect(read).toStrictEqual(parseSupportRequest(value));
          if (read.success) valid++;
        }),
        { numRuns: 3000, seed: 20261130 },
      );
      if (values === nearlyValid) expect(valid).toBeGreaterThan(300);
    });
  }

  it('accepts the example and trims its texts as the schema does', () => {
    const padded = { ...exampleSupportRequest, question: `  ${exampleSupportRequest.question}\n`, contact: { ...exampleSupportRequest.contact, name: ' Jan de Vries ' } };
    const read = readSupportRequest(padded);
    expect(read).toStrictEqual(parseSupportRequest(padded));
    expect(read).toMatchObject({ success: true, data: { question: exampleSupportRequest.question, contact: { name: 'Jan de Vries' } } });
  });

  it('names every field to fix at once, with the codes the form shows', () => {
    const read = readSupportRequest({ ...exampleSupportRequest, contact: { name: 'J', role: '', email: 'j@' }, supportTypes: ['other'], planPhases: [], question: 'Te kort', privacyConsent: false });
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(read.errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'contact.name:too-short',
      'contact.role:required',
      'contact.email:invalid-email',
      'planPhases:plan-phases-required',
      'question:too-short',
      'privacyConsent:consent-required',
      'supportTypeOther:support-type-other-required',
    ]);
  });

  it('refuses what is not an object, and what cannot be read', () => {
    for (const value of [null, [], 'request', 3]) expect(readSupportRequest(value)).toStrictEqual(parseSupportRequest(value));
    const hostile = new Proxy({}, { has: () => { throw new Error('no'); } });
    expect(readSupportRequest(hostile)).toStrictEqual({ success: false, errors: [expect.objectContaining({ path: '', code: 'unreadable' })] });
  });
});

describe('supportRequestLimits', () => {
  it('are the limits the schema enforces', () => {
    for (const [key, path] of [
      ['contactName', 'contact.name'],
      ['question', 'question'],
    ] as const) {
      const { min, max } = limits[key];
      const set = (text: string) => (path === 'question' ? { ...exampleSupportRequest, question: text } : { ...exampleSupportRequest, contact: { ...exampleSupportRequest.contact, name: text } });
      expect(parseSupportRequest(set('x'.repeat(min))).success).toBe(true);
      expect(parseSupportRequest(set('x'.repeat(max))).success).toBe(true);
      expect(parseSupportRequest(set('x'.repeat(min - 1))).success).toBe(false);
      expect(parseSupportRequest(set('x'.repeat(max + 1))).success).toBe(false);
    }
  });
});
