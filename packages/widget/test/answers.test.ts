import { evaluateUnderCurrentPolicy as evaluateEligibility } from '@npo-gemeenten/core';
import { getMunicipality, listMunicipalities, toEligibilityInput } from '@npo-gemeenten/data/latest';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, openQuestions, withAnswer } from '../src/answers.js';
import { eligibilityInput, parsePercent, targetGroupInvalid } from '../src/eligibility-input.js';

const input = (name: string, value = '', checked = false) => ({ name, value, checked });
// The size limit plus its margin: above it only a fusiegemeente with independent cores can qualify.
const sizeLimit = 44_000;
const municipalities = listMunicipalities();
const withoutShare = municipalities.find((m) => m.targetGroupShare === null);
const mergedLarge = municipalities.find((m) => m.mergedFrom.length > 0 && (m.inhabitants ?? 0) > sizeLimit);
const mergedSmall = municipalities.find((m) => m.mergedFrom.length > 0 && m.inhabitants !== null && m.inhabitants <= sizeLimit);

describe('parsePercent', () => {
  it('reads Dutch and English notation, with or without a percent sign', () => {
    expect(parsePercent('12,5')).toBe(12.5);
    expect(parsePercent(' 12.5 ')).toBe(12.5);
    expect(parsePercent('12,5 %')).toBe(12.5);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(100);
  });

  it('rejects what is no percentage in 0..100', () => {
    for (const text of ['', 'abc', '-1', '100,1', '1,000.5', '12,5,1', '1e2']) expect(parsePercent(text)).toBeNull();
  });
});

describe('openQuestions', () => {
  it('asks for the target group share when the data has none', () => {
    // The current CBS data has no share for any municipality, so the question is always asked.
    for (const m of municipalities) expect(openQuestions(m, sizeLimit).targetGroup).toBe(m.targetGroupShare === null);
    expect(openQuestions(null, sizeLimit).targetGroup).toBe(true);
  });

  it('asks about independent cores of every municipality above the limit, merged or not', () => {
    expect(mergedLarge && mergedSmall).toBeTruthy();
    expect(openQuestions(mergedLarge!, sizeLimit).merger).toBe(true);
    expect(openQuestions(mergedSmall!, sizeLimit).merger).toBe(false);
    expect(openQuestions(mergedLarge!, mergedLarge!.inhabitants!).merger).toBe(false);
    expect(openQuestions(null, sizeLimit).merger).toBe(false);
    // Hengelo knows no merger since 2018 and is still asked; Hollands Kroon merged in 2012.
    for (const name of ['Hengelo', 'Hollands Kroon']) {
      const m = getMunicipality(name);
      expect(m?.mergedFrom).toEqual([]);
      expect(openQuestions(m!, sizeLimit).merger).toBe(true);
    }
  });

  describe('every 2025 municipality above 44,000 inhabitants', () => {
    const large = listMunicipalities({ year: 2025 }).filter((m) => m.inhabitants !== null && m.inhabitants > sizeLimit);
    const answers = { ...emptyAnswers(), targetGroupShare: '12', coronaImpact: 'above-average', capacity: 'yes' } as const;
    const outcome = (m: (typeof large)[number], merged: 'yes' | 'no') =>
      evaluateEligibility(eligibilityInput(toEligibilityInput(m), { ...answers, merged }, openQuestions(m, sizeLimit))).outcome;

    it('are more than a hundred, each asked the merger question', () => {
      expect(large.length).toBeGreaterThan(100);
      for (const m of large) expect(openQuestions(m, sizeLimit).merger, m.name).toBe(true);
    });

    it('"nee" gives not eligible and "ja" gives contact', () => {
      for (const m of large) {
        expect(outcome(m, 'no'), m.name).toBe('not-eligible');
        expect(outcome(m, 'yes'), m.name).toBe('contact');
      }
    });
  });
});

describe('withAnswer', () => {
  it('takes typed and picked values and the "don\'t know" checkbox', () => {
    let a = emptyAnswers();
    a = withAnswer(a, input('targetGroupShare', '12,5'))!;
    a = withAnswer(a, input('coronaImpact', 'above-average'))!;
    a = withAnswer(a, input('targetGroupUnknown', 'on', true))!;
    expect(a).toEqual({ ...emptyAnswers(), targetGroupShare: '12,5', coronaImpact: 'above-average', targetGroupUnknown: true });
  });

  it('leaves the answers alone for inputs that are no question', () => {
    const a = emptyAnswers();
    expect(withAnswer(a, input('website', 'x'))).toBeNull();
    expect(withAnswer(a, input('name', 'Anna'))).toBeNull();
    expect(a).toEqual(emptyAnswers());
  });
});

describe('targetGroupInvalid', () => {
  const open = { targetGroup: true, merger: false };
  it('flags a typed share that is no percentage, only while the question is asked', () => {
    const typed = { ...emptyAnswers(), targetGroupShare: 'veel' };
    expect(targetGroupInvalid(typed, open)).toBe(true);
    expect(targetGroupInvalid({ ...typed, targetGroupUnknown: true }, open)).toBe(false);
    expect(targetGroupInvalid(typed, { ...open, targetGroup: false })).toBe(false);
    expect(targetGroupInvalid(emptyAnswers(), open)).toBe(false);
    expect(targetGroupInvalid({ ...typed, targetGroupShare: '7,2' }, open)).toBe(false);
  });
});

describe('eligibilityInput', () => {
  const base = { inhabitants: withoutShare?.inhabitants ?? 0 };
  const answered = {
    targetGroupShare: '12,5',
    targetGroupUnknown: false,
    coronaImpact: 'unknown',
    merged: 'no',
    capacity: 'yes',
    cooperation: 'no',
  } as const;

  it('adds only the answers that were given to the figures', () => {
    expect(eligibilityInput(base, emptyAnswers(), { targetGroup: true, merger: true })).toEqual(base);
    expect(eligibilityInput(base, answered, { targetGroup: true, merger: true })).toEqual({
      ...base,
      targetGroupShare: parsePercent(answered.targetGroupShare),
      coronaImpact: 'unknown',
      mergedWithIndependentCores: false,
      capacityShortfall: 'yes',
      cooperationFocus: false,
    });
  });

  it('ignores answers to questions that were not asked, an unknown share and an unreadable one', () => {
    const result = eligibilityInput(base, answered, { targetGroup: false, merger: false });
    expect(result).not.toHaveProperty('targetGroupShare');
    expect(result).not.toHaveProperty('mergedWithIndependentCores');
    const open = { targetGroup: true, merger: true };
    expect(eligibilityInput(base, { ...answered, targetGroupUnknown: true }, open)).not.toHaveProperty('targetGroupShare');
    expect(eligibilityInput(base, { ...answered, targetGroupShare: 'veel' }, open)).not.toHaveProperty('targetGroupShare');
    expect(eligibilityInput(base, { ...answered, merged: 'unknown' }, open).mergedWithIndependentCores).toBe('unknown');
    expect(eligibilityInput(base, { ...answered, merged: 'yes' }, open).mergedWithIndependentCores).toBe(true);
  });

  it('never changes the figures it starts from', () => {
    const figures = { ...base };
    eligibilityInput(figures, answered, { targetGroup: true, merger: true });
    expect(figures).toEqual(base);
  });
});
