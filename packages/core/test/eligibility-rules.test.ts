import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type CriterionStatus, type EligibilityInput } from '../src/index.js';

function statusOf(input: EligibilityInput, id: 'size' | 'need' | 'capacity' | 'cooperation'): CriterionStatus {
  const criterion = evaluateEligibility(input).criteria.find((c) => c.id === id);
  if (!criterion) throw new Error(`criterion ${id} missing`);
  return criterion.status;
}

describe('size', () => {
  const rows: Array<[string, EligibilityInput, CriterionStatus]> = [
    ['0 inhabitants', { inhabitants: 0 }, 'met'],
    ['40,000 (boundary, met)', { inhabitants: 40000 }, 'met'],
    ['40,001 (just above, doubt)', { inhabitants: 40001 }, 'doubt'],
    ['44,000 (top of margin, doubt)', { inhabitants: 44000 }, 'doubt'],
    ['44,001 not a merger', { inhabitants: 44001, mergedWithIndependentCores: false }, 'not-met'],
    ['44,001 merger with independent cores', { inhabitants: 44001, mergedWithIndependentCores: true }, 'doubt'],
    ['44,001 merger unknown', { inhabitants: 44001, mergedWithIndependentCores: 'unknown' }, 'unknown'],
    ['44,001 merger not answered', { inhabitants: 44001 }, 'unknown'],
    ['large, not a merger', { inhabitants: 900000, mergedWithIndependentCores: false }, 'not-met'],
    ['merger flag irrelevant when small', { inhabitants: 12000, mergedWithIndependentCores: false }, 'met'],
    ['merger flag irrelevant in margin', { inhabitants: 42000, mergedWithIndependentCores: false }, 'doubt'],
    ['inhabitants missing', {}, 'unknown'],
    ['inhabitants missing, merger true', { mergedWithIndependentCores: true }, 'unknown'],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    expect(statusOf(input, 'size')).toBe(expected);
  });
});

describe('need', () => {
  const rows: Array<[string, EligibilityInput, CriterionStatus]> = [
    ['share 10.71 > 10.7', { targetGroupShare: 10.71 }, 'met'],
    ['share 10.7 is not strictly more, corona not above average', { targetGroupShare: 10.7, coronaImpact: 'not-above-average' }, 'not-met'],
    ['share 10.7, corona above average', { targetGroupShare: 10.7, coronaImpact: 'above-average' }, 'met'],
    ['share 10.7, corona unknown', { targetGroupShare: 10.7, coronaImpact: 'unknown' }, 'doubt'],
    ['share 10.7, corona not answered', { targetGroupShare: 10.7 }, 'doubt'],
    ['share 0, corona not above average', { targetGroupShare: 0, coronaImpact: 'not-above-average' }, 'not-met'],
    ['share 100', { targetGroupShare: 100, coronaImpact: 'not-above-average' }, 'met'],
    ['share unknown, corona above average', { coronaImpact: 'above-average' }, 'met'],
    ['share unknown, corona not above average', { coronaImpact: 'not-above-average' }, 'doubt'],
    ['share unknown, corona unknown', { coronaImpact: 'unknown' }, 'doubt'],
    ['nothing answered', {}, 'doubt'],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    expect(statusOf(input, 'need')).toBe(expected);
  });
});

describe('capacity', () => {
  const rows: Array<[EligibilityInput['capacityShortfall'], CriterionStatus]> = [
    ['yes', 'met'],
    ['no', 'not-met'],
    ['unknown', 'doubt'],
    [undefined, 'doubt'],
  ];
  it.each(rows)('%s', (answer, expected) => {
    expect(statusOf(answer === undefined ? {} : { capacityShortfall: answer }, 'capacity')).toBe(expected);
  });
});

describe('cooperation', () => {
  it.each([true, false, undefined])('is info whatever the answer (%s)', (answer) => {
    const input: EligibilityInput = { inhabitants: 1000, targetGroupShare: 20, capacityShortfall: 'yes' };
    if (answer !== undefined) input.cooperationFocus = answer;
    const result = evaluateEligibility(input);
    expect(result.criteria.find((c) => c.id === 'cooperation')?.status).toBe('info');
    // Never a gate: the outcome does not depend on it.
    expect(result.outcome).toBe('eligible');
  });
});

describe('outcome', () => {
  const all = { inhabitants: 20000, targetGroupShare: 12, capacityShortfall: 'yes' } as const;
  const rows: Array<[string, EligibilityInput, string]> = [
    ['everything met', all, 'eligible'],
    ['one doubt', { ...all, inhabitants: 41000 }, 'contact'],
    ['one unknown', { ...all, inhabitants: undefined }, 'contact'],
    ['one not-met', { ...all, capacityShortfall: 'no' }, 'not-eligible'],
    ['not-met beats doubt', { ...all, inhabitants: 41000, capacityShortfall: 'no' }, 'not-eligible'],
    ['nothing answered', {}, 'contact'],
    ['large non-merger', { ...all, inhabitants: 50000, mergedWithIndependentCores: false }, 'not-eligible'],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as EligibilityInput;
    expect(evaluateEligibility(clean).outcome).toBe(expected);
  });

  it('reports the criteria in a fixed order', () => {
    expect(evaluateEligibility({}).criteria.map((c) => c.id)).toEqual(['size', 'need', 'capacity', 'cooperation']);
  });
});
