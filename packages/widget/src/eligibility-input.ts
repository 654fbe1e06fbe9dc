// Runs only once core is loaded (steps 3 and 4), so it ships in the core chunk (see core-features.ts).
import type { Answers, OpenQuestions } from './answers.js';
import type { EligibilityInput } from './domain-types.js';

/** Parses a Dutch or English percentage ("12,5", "12.5", "12,5 %"); null when not a number in 0..100. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= 0 && value <= 100 ? value : null;
}

/** True when a share was typed that is no percentage (empty means "not answered", which is allowed). */
export function targetGroupInvalid(answers: Answers, open: OpenQuestions): boolean {
  return open.targetGroup && !answers.targetGroupUnknown && answers.targetGroupShare.trim() !== '' && parsePercent(answers.targetGroupShare) === null;
}

/** The eligibility input: the municipality's figures (`base`) completed with the visitor's answers. */
export function eligibilityInput(base: EligibilityInput, answers: Answers, open: OpenQuestions): EligibilityInput {
  const input: EligibilityInput = { ...base };
  const a = answers;
  if (open.targetGroup && !a.targetGroupUnknown) {
    const share = parsePercent(a.targetGroupShare);
    if (share !== null) input.targetGroupShare = share;
  }
  if (a.coronaImpact) input.coronaImpact = a.coronaImpact;
  if (open.merger && a.merged) input.mergedWithIndependentCores = a.merged === 'unknown' ? 'unknown' : a.merged === 'yes';
  if (a.capacity) input.capacityShortfall = a.capacity;
  if (a.cooperation) input.cooperationFocus = a.cooperation === 'yes';
  return input;
}
