import type { Municipality } from './domain-types.js';

/** Answers to the questions the data cannot answer, as typed (raw, so a draft restores exactly). */
export interface Answers {
  targetGroupShare: string;
  targetGroupUnknown: boolean;
  coronaImpact: '' | 'above-average' | 'not-above-average' | 'unknown';
  merged: '' | 'yes' | 'no' | 'unknown';
  capacity: '' | 'yes' | 'no' | 'unknown';
  cooperation: '' | 'yes' | 'no';
}

/** Which questions the chosen municipality's figures leave open. */
export interface OpenQuestions {
  /** The share of doelgroepkinderen is unknown in the data. */
  targetGroup: boolean;
  /**
   * Above the size limit plus its margin: whether the municipality is a merger with independently
   * functioning cores decides. Asked whether or not the data knows a merger; only the municipality can judge it.
   */
  merger: boolean;
}

export const emptyAnswers = (): Answers => ({
  targetGroupShare: '',
  targetGroupUnknown: false,
  coronaImpact: '',
  merged: '',
  capacity: '',
  cooperation: '',
});

/** The questions to ask for a municipality, given the policy's size limit plus margin in inhabitants. */
export function openQuestions(m: Municipality | null, upperLimit: number): OpenQuestions {
  return {
    targetGroup: m?.targetGroupShare == null,
    merger: !!m && m.inhabitants !== null && m.inhabitants > upperLimit,
  };
}

// Inputs whose value is the answer as typed or picked; the "don't know" checkbox is the only other one.
const valueAnswers: readonly string[] = ['targetGroupShare', 'coronaImpact', 'merged', 'capacity', 'cooperation'];

/** The answers after one input changed; null when the input is no question. */
export function withAnswer(answers: Answers, input: Pick<HTMLInputElement, 'name' | 'value' | 'checked'>): Answers | null {
  if (input.name === 'targetGroupUnknown') return { ...answers, targetGroupUnknown: input.checked };
  if (!valueAnswers.includes(input.name)) return null;
  return { ...answers, [input.name]: input.value };
}
