import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogue,
  findEntry,
  commissioner,
  criterionIdSchema,
  criterionLabels,
  partnerKindSchema,
  planPhaseSchema,
  preferredFormSchema,
  preferredIntensitySchema,
  providerIdSchema,
  providers,
  providerSentences,
  supportTypeSchema,
  trajectoryStateSchema,
} from '../src/index.js';

const cases = [
  ['supportTypes', supportTypeSchema.options, catalogue.supportTypes],
  ['planPhases', planPhaseSchema.options, catalogue.planPhases],
  ['partnerKinds', partnerKindSchema.options, catalogue.partnerKinds],
  ['trajectoryStates', trajectoryStateSchema.options, catalogue.trajectoryStates],
  ['preferredForms', preferredFormSchema.options, catalogue.preferredForms],
  ['preferredIntensities', preferredIntensitySchema.options, catalogue.preferredIntensities],
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
    // The source's list begins "U kunt denken aan": examples, so 'other' is a choice too.
    expect(catalogue.supportTypes.at(-1)?.id).toBe('other');
  });
});

describe('who provides the offer', () => {
  it('names OCW as commissioner and the five consortium members with stable ids', () => {
    expect(commissioner.id).toBe('ocw');
    expect(commissioner.fullName.nl).toContain('Onderwijs, Cultuur en Wetenschap');
    expect(providers.map((p) => [p.id, p.name])).toEqual([
      ['sardes', 'Sardes'],
      ['oberon', 'Oberon'],
      ['ced-groep', 'CED-Groep'],
      ['dsp-groep', 'DSP-Groep'],
      ['caop', 'CAOP'],
    ]);
    expect(providerIdSchema.options).toEqual(providers.map((p) => p.id));
    expect(Object.isFrozen(providers)).toBe(true);
  });

  // The seed text lives next to the repository, not in it; outside this checkout the test is skipped.
  const seedFile = new URL('../../../../shared/seed/ondersteuning-kleinere-gemeenten-np-onderwijs.txt', import.meta.url);
  it.skipIf(!existsSync(seedFile))('quotes the source verbatim in Dutch', () => {
    const seed = readFileSync(seedFile, 'utf8').normalize().replace(/\s+/g, ' ');
    for (const sentence of Object.values(providerSentences)) {
      expect(seed).toContain(sentence.nl);
      expect(sentence.en.length).toBeGreaterThan(40);
    }
    for (const provider of providers) expect(seed).toContain(provider.name);
  });
});

describe('criterionLabels', () => {
  it('names every criterion in Dutch and English', () => {
    expect(Object.keys(criterionLabels)).toEqual([...criterionIdSchema.options]);
    expect(Object.values(criterionLabels).map((l) => l.nl)).toEqual([
      'Aantal inwoners',
      'Doelgroepkinderen of corona',
      'Organisatiekracht',
      'Samenwerking',
    ]);
    expect(criterionLabels.need.en).toBe('Children in the target group or COVID-19');
  });
});
