import { listMunicipalities } from '@npo-gemeenten/data/latest';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, openQuestions, withAnswer } from '../src/answers.js';
import { eligibilityInput, parsePercent, targetGroupInvalid } from '../src/eligibility-input.js';

const input = (name: string, value = '', checked = false) => ({ name, value, checked });
const sizeLimit = 40_000;
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

  it('asks about independent cores only for a merged municipality above the size limit', () => {
    expect(mergedLarge && mergedSmall).toBeTruthy();
    expect(openQuestions(mergedLarge!, sizeLimit).merger).toBe(true);
    expect(openQuestions(mergedSmall!, sizeLimit).merger).toBe(false);
    expect(openQuestions(mergedLarge!, mergedLarge!.inhabitants!).merger).toBe(false);
    expect(openQuestions(null, sizeLimit).merger).toBe(false);
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
