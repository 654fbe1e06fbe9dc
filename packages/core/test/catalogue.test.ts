import { describe, expect, it } from 'vitest';
import {
  catalogue,
  findEntry,
  partnerKindSchema,
  planPhaseSchema,
  supportTypeSchema,
  trajectoryStateSchema,
} from '../src/index.js';

const cases = [
  ['supportTypes', supportTypeSchema.options, catalogue.supportTypes],
  ['planPhases', planPhaseSchema.options, catalogue.planPhases],
  ['partnerKinds', partnerKindSchema.options, catalogue.partnerKinds],
  ['trajectoryStates', trajectoryStateSchema.options, catalogue.trajectoryStates],
] as const;

describe.each(cases)('%s', (_name, ids, entries) => {
  it('has exactly one entry per enum id, in enum order', () => {
    expect(entries.map((e) => e.id)).toEqual([...ids]);
  });

  it('has a label and description in nl and en for every entry', () => {
    for (const entry of entries) {
      for (const text of [entry.label.nl, entry.label.en, entry.description.nl, entry.description.en]) {
        expect(text.trim().length).toBeGreaterThan(2);
      }
      expect(entry.label.nl).not.toBe(entry.description.nl);
    }
  });

  it('has distinct labels per language', () => {
    expect(new Set(entries.map((e) => e.label.nl)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.label.en)).size).toBe(entries.length);
  });

  it('finds entries by id', () => {
    for (const id of ids) expect(findEntry(entries, id)?.id).toBe(id);
    expect(findEntry(entries, 'nope')).toBeUndefined();
  });
});

describe('wording', () => {
  it('follows the source text for support types', () => {
    expect(findEntry(catalogue.supportTypes, 'thematic-workgroups')?.description.nl).toContain('zomerscholen, leesbevordering van 0 tot 23 jaar');
    expect(findEntry(catalogue.supportTypes, 'local-structure')?.description.nl).toContain('lokale overlegstructuur');
  });
});
