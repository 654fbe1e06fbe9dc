// Generated values shared by the property tests: mostly valid, sometimes odd, so that both verdicts occur.
import fc from 'fast-check';

// Mostly valid values, so that the fast path answers often; sometimes odd ones, so that it must refuse.
export const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
export const oddValue = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}));
export const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: oddValue, weight: 1 });
/** Now and then a key the schema does not know. */
export const sometimesExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.integer({ min: 0, max: 15 })).map(([value, dice]) => (dice === 0 ? { ...value, unknownKey: 1 } : value));

/** A figure source, mostly valid. */
export const figureSourceValues = sometimesExtra(
  fc.record(
    {
      referenceDate: fc.oneof({ arbitrary: fc.constantFrom('2024-01-01', '2025-02-29', '2024-02-29', ' 2024-01-01', '2024-1-1'), weight: 8 }, fc.string()),
      source: fc.oneof(
        { arbitrary: fc.constantFrom('CBS, Bevolking op 1 januari', '  CBS  ', 'CBS', '', 'CBS\u0000', 'CBS\u202e', 'x'.repeat(200), 'x'.repeat(201)), weight: 8 },
        fc.string({ maxLength: 8 }),
      ),
      tableId: fc.oneof({ arbitrary: fc.constantFrom('03759ned', ' 03759ned ', '', 'x'.repeat(50), 'x'.repeat(51)), weight: 4 }, fc.constant(undefined), fc.constant(null)),
    },
    { requiredKeys: ['referenceDate', 'source'] },
  ),
);

/** Eligibility input, mostly valid, now and then odd in any field. */
export const eligibilityInputValues = sometimesExtra(
  fc.record(
    {
      inhabitants: maybe(mostly(fc.oneof({ arbitrary: fc.integer({ min: -3, max: 120_000 }), weight: 8 }, fc.constantFrom(-0, 0.5, Number.NaN, Infinity, 2 ** 53)))),
      targetGroupShare: maybe(mostly(fc.oneof({ arbitrary: fc.double({ min: -1, max: 101, noNaN: true }), weight: 8 }, fc.constant(Number.NaN)))),
      coronaImpact: maybe(mostly(fc.constantFrom('above-average', 'not-above-average', 'unknown', 'yes'))),
      mergedWithIndependentCores: maybe(mostly(fc.constantFrom(true, false, 'unknown', 'no'))),
      capacityShortfall: maybe(mostly(fc.constantFrom('yes', 'no', 'unknown', 'maybe'))),
      cooperationFocus: maybe(mostly(fc.boolean())),
      provenance: maybe(mostly(sometimesExtra(fc.record({ inhabitants: maybe(figureSourceValues), targetGroupShare: maybe(figureSourceValues) }, { requiredKeys: [] })))),
    },
    { requiredKeys: [] },
  ),
);

