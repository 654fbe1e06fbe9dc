import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityShortfallSchema,
  coronaImpactSchema,
  eligibilityInputSchema,
  eligibilityResultSchema,
  evaluateEligibility,
  exampleSupportRequest,
  parseSupportRequest,
  reproduceDecision,
  type EligibilityInput,
  type EligibilityOutcome,
} from '../src/index.js';

const rank: Record<EligibilityOutcome, number> = { eligible: 0, contact: 1, 'not-eligible': 2 };

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const figureSource = fc.record(
  {
    referenceDate: isoDate,
    source: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
    tableId: fc.stringMatching(/^[0-9A-Za-z]{1,12}$/),
  },
  { requiredKeys: ['referenceDate', 'source'] },
);

// Mirrors eligibilityInputSchema: every key optional, enums taken from the schemas themselves.
const eligibilityInput: fc.Arbitrary<EligibilityInput> = fc.record(
  {
    inhabitants: fc.nat({ max: 2_000_000 }),
    targetGroupShare: fc.double({ min: 0, max: 100, noNaN: true }),
    coronaImpact: fc.constantFrom(...coronaImpactSchema.options),
    mergedWithIndependentCores: fc.constantFrom(true, false, 'unknown' as const),
    capacityShortfall: fc.constantFrom(...capacityShortfallSchema.options),
    cooperationFocus: fc.boolean(),
    provenance: fc.record({ inhabitants: figureSource, targetGroupShare: figureSource }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('eligibility properties', () => {
  it('generated inputs are schema-valid (the generator matches the schema)', () => {
    fc.assert(fc.property(eligibilityInput, (input) => eligibilityInputSchema.safeParse(input).success));
  });

  it('never throws on schema-valid input and returns a schema-valid result', () => {
    fc.assert(
      fc.property(eligibilityInput, (input) => {
        const result = evaluateEligibility(input);
        expect(eligibilityResultSchema.safeParse(result).success).toBe(true);
        expect(reproduceDecision(JSON.parse(JSON.stringify(result.record))).matches).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fewer inhabitants never worsens the outcome', () => {
    fc.assert(
      fc.property(eligibilityInput, fc.nat({ max: 2_000_000 }), fc.nat({ max: 2_000_000 }), (input, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const smaller = evaluateEligibility({ ...input, inhabitants: small }).outcome;
        const larger = evaluateEligibility({ ...input, inhabitants: large }).outcome;
        expect(rank[smaller]).toBeLessThanOrEqual(rank[larger]);
      }),
      { numRuns: 300 },
    );
  });

  it('fewer inhabitants never worsens the outcome around the boundaries', () => {
    const near = fc.constantFrom(0, 39_999, 40_000, 40_001, 43_999, 44_000, 44_001, 44_002);
    fc.assert(
      fc.property(eligibilityInput, near, near, (input, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(rank[evaluateEligibility({ ...input, inhabitants: small }).outcome]).toBeLessThanOrEqual(
          rank[evaluateEligibility({ ...input, inhabitants: large }).outcome],
        );
      }),
    );
  });

  it('a higher share never worsens the outcome', () => {
    const share = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(10.7, 10.71, 10.69));
    fc.assert(
      fc.property(eligibilityInput, share, share, (input, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = evaluateEligibility({ ...input, targetGroupShare: low }).outcome;
        const higher = evaluateEligibility({ ...input, targetGroupShare: high }).outcome;
        expect(rank[higher]).toBeLessThanOrEqual(rank[lower]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSupportRequest properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSupportRequest(value);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary values, nor on the example with one field replaced', () => {
    const field = fc.constantFrom(...Object.keys(exampleSupportRequest));
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true }), field, (value, key) => {
        expect(() => parseSupportRequest(value)).not.toThrow();
        const replaced = parseSupportRequest({ ...exampleSupportRequest, [key]: value });
        if (!replaced.success) {
          // A message may quote an unknown key as given ("{0}" is a valid key); apart from such
          // quotes, no template placeholder may be left unfilled.
          const quoted = keysIn(value);
          const unquote = (text: string) => quoted.reduce((rest, k) => rest.split(k).join(''), text);
          for (const error of replaced.errors) {
            expect(unquote(error.message.nl)).not.toMatch(/\{\w+\}/);
            expect(unquote(error.message.en)).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Every own string key in a value, at any depth (fast-check's values are trees, not cycles). */
function keysIn(value: unknown, depth = 0): string[] {
  if (value === null || typeof value !== 'object' || depth > 20) return [];
  const keys = value instanceof Map ? [...value.keys()].filter((k): k is string => typeof k === 'string') : Object.keys(value);
  const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
  return [...keys, ...children.flatMap((child) => keysIn(child, depth + 1))];
}
