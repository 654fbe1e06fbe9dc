import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eligibilityInputSchema, evaluateEligibility, type EligibilityInput } from '../src/index.js';
import { validatedInput } from '../src/eligibility/validated-input.js';

// The fast path remembers the schema's verdict per field value; it must never accept what the schema
// rejects, and must give exactly what the schema gives (with null and missing answers left out).

/** What evaluateEligibility keeps of the schema's output: no null or undefined, no empty provenance. */
function schemaAnswers(input: unknown): EligibilityInput | 'rejected' {
  const parsed = eligibilityInputSchema.safeParse(input);
  if (!parsed.success) return 'rejected';
  const drop = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
  const answers = drop(parsed.data);
  if (answers['provenance'] !== undefined) {
    const provenance = drop(answers['provenance'] as Record<string, unknown>);
    if (Object.keys(provenance).length > 0) answers['provenance'] = provenance;
    else delete answers['provenance'];
  }
  return answers as EligibilityInput;
}

// Mostly valid values, so that the fast path answers often; sometimes odd ones, so that it must refuse.
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
const oddValue = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}));
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: oddValue, weight: 1 });
/** Now and then a key the schema does not know. */
const sometimesExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.integer({ min: 0, max: 15 })).map(([value, dice]) => (dice === 0 ? { ...value, unknownKey: 1 } : value));

const source = sometimesExtra(
  fc.record(
    {
      referenceDate: fc.oneof({ arbitrary: fc.constantFrom('2024-01-01', '2025-02-29', '2024-02-29', ' 2024-01-01', '2024-1-1'), weight: 8 }, fc.string()),
      source: fc.oneof(
        { arbitrary: fc.constantFrom('CBS, Bevolking op 1 januari', '  CBS  ', 'CBS', '', 'CBS\u0000', 'CBS\u202e'), weight: 8 },
        fc.string({ maxLength: 8 }),
      ),
      tableId: fc.oneof({ arbitrary: fc.constantFrom('03759ned', ' 03759ned ', '', 'x'.repeat(51)), weight: 4 }, fc.constant(undefined), fc.constant(null)),
    },
    { requiredKeys: ['referenceDate', 'source'] },
  ),
);

const input = sometimesExtra(
  fc.record(
    {
      inhabitants: maybe(mostly(fc.oneof({ arbitrary: fc.integer({ min: -3, max: 120_000 }), weight: 8 }, fc.constantFrom(-0, 0.5, Number.NaN, Infinity, 2 ** 53)))),
      targetGroupShare: maybe(mostly(fc.oneof({ arbitrary: fc.double({ min: -1, max: 101, noNaN: true }), weight: 8 }, fc.constant(Number.NaN)))),
      coronaImpact: maybe(mostly(fc.constantFrom('above-average', 'not-above-average', 'unknown', 'yes'))),
      mergedWithIndependentCores: maybe(mostly(fc.constantFrom(true, false, 'unknown', 'no'))),
      capacityShortfall: maybe(mostly(fc.constantFrom('yes', 'no', 'unknown', 'maybe'))),
      cooperationFocus: maybe(mostly(fc.boolean())),
      provenance: maybe(mostly(sometimesExtra(fc.record({ inhabitants: maybe(source), targetGroupShare: maybe(source) }, { requiredKeys: [] })))),
    },
    { requiredKeys: [] },
  ),
);

describe('validated input (the fast path of evaluateEligibility)', () => {
  it('accepts only what the schema accepts, and gives the same answers in the same key order', () => {
    let taken = 0;
    fc.assert(
      fc.property(input, (value) => {
        const expected = schemaAnswers(value);
        // Twice: the first call fills the cache, the second answers from it.
        for (const fast of [validatedInput(value), validatedInput(value)]) {
          if (expected === 'rejected') expect(fast).toBeUndefined();
          else if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
          if (fast !== undefined) expect(fast).toStrictEqual(expected);
        }
        if (expected !== 'rejected' && validatedInput(value) !== undefined) taken++;
      }),
      // A fixed seed: how often the fast path answers depends on the draw, and the count below must
      // not pass or fail by chance.
      { numRuns: 3000, seed: 20251130 },
    );
    // The comparison means something only if the fast path answered often enough.
    expect(taken).toBeGreaterThan(300);
  });

  it('takes the usual inputs without the full schema', () => {
    const value = {
      inhabitants: 31_419,
      targetGroupShare: null,
      capacityShortfall: 'yes',
      provenance: { inhabitants: { referenceDate: '2024-01-01', source: ' CBS, Gebieden in Nederland 2024 ' }, targetGroupShare: null },
    };
    expect(validatedInput(value)).toStrictEqual({
      inhabitants: 31_419,
      capacityShortfall: 'yes',
      provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024' } },
    });
  });

  it('leaves objects that are not plain, and unusual values, to the schema', () => {
    class Answers {
      inhabitants = 5000;
    }
    expect(validatedInput(new Answers())).toBeUndefined();
    expect(validatedInput([])).toBeUndefined();
    expect(validatedInput({ inhabitants: -0 })).toBeUndefined();
    expect(validatedInput(Object.defineProperty({}, 'inhabitants', { value: -5, enumerable: false }))).toBeUndefined();
  });

  it('checks the same object again after it changed, and keeps no link to what it returned', () => {
    const value: Record<string, unknown> = { inhabitants: 20_000, provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS' } } };
    const first = evaluateEligibility(value as EligibilityInput);
    first.record.answers.provenance!.inhabitants!.source = 'changed by the caller';
    expect(evaluateEligibility(value as EligibilityInput).record.answers.provenance?.inhabitants?.source).toBe('CBS');
    value['inhabitants'] = -1;
    expect(() => evaluateEligibility(value as EligibilityInput)).toThrow();
  });
});
