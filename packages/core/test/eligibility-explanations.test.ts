import { describe, expect, it } from 'vitest';
import { evaluateEligibility, formatDate, formatNumber, formatPercent } from '../src/index.js';

const cbs2024 = { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024' };
const cbs2025 = { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari', tableId: '03759ned' };

function everyResult() {
  const results = [];
  for (const inhabitants of [undefined, 10, 40001, 50000]) {
    for (const merged of [undefined, true, false, 'unknown'] as const) {
      for (const share of [undefined, 5, 20]) {
        for (const corona of [undefined, 'above-average', 'not-above-average', 'unknown'] as const) {
          for (const capacityShortfall of [undefined, 'yes', 'no', 'unknown'] as const) {
            results.push(
              evaluateEligibility({
                ...(inhabitants === undefined ? {} : { inhabitants, provenance: { inhabitants: cbs2024 } }),
                ...(merged === undefined ? {} : { mergedWithIndependentCores: merged }),
                ...(share === undefined ? {} : { targetGroupShare: share }),
                ...(corona === undefined ? {} : { coronaImpact: corona }),
                ...(capacityShortfall === undefined ? {} : { capacityShortfall }),
              }),
            );
          }
        }
      }
    }
  }
  return results;
}

describe('formatting', () => {
  it.each([
    [31419, '31.419', '31,419'],
    [40000, '40.000', '40,000'],
    [1234567, '1.234.567', '1,234,567'],
    [999, '999', '999'],
    [0, '0', '0'],
    [10.7, '10,7', '10.7'],
    [10.71, '10,71', '10.71'],
  ])('%s', (value, nl, en) => {
    expect(formatNumber(value, 'nl')).toBe(nl);
    expect(formatNumber(value, 'en')).toBe(en);
  });

  it('writes percentages per locale', () => {
    expect(formatPercent(10.7, 'nl')).toBe('10,7%');
    expect(formatPercent(10.7, 'en')).toBe('10.7%');
  });

  it('writes dates per locale', () => {
    expect(formatDate('2024-01-01', 'nl')).toBe('1 januari 2024');
    expect(formatDate('2025-07-31', 'en')).toBe('31 July 2025');
  });
});

describe('explanations', () => {
  it('names the inhabitants and the publisher in whole, neutral sentences', () => {
    const size = evaluateEligibility({ inhabitants: 10007, provenance: { inhabitants: cbs2025 } }).criteria[0];
    expect(size?.explanation.nl).toBe('De gemeente had op 1 januari 2025 10.007 inwoners (bron: CBS). Dat is niet meer dan 40.000.');
    expect(size?.explanation.en).toBe('The municipality had 10,007 inhabitants on 1 January 2025 (source: CBS). That is no more than 40,000.');
  });

  it('moves the full citation and table id to the source field', () => {
    const size = evaluateEligibility({ inhabitants: 971, provenance: { inhabitants: cbs2025 } }).criteria[0];
    expect(size?.source).toEqual(cbs2025);
    expect(size?.explanation.nl).not.toContain('03759ned');
    const noFigure = evaluateEligibility({}).criteria;
    for (const criterion of noFigure) expect(criterion).not.toHaveProperty('source');
  });

  it('says a figure without source was entered by the user', () => {
    const result = evaluateEligibility({ inhabitants: 41000, targetGroupShare: 10.7 });
    expect(result.criteria[0]?.explanation.nl).toBe(
      'De gemeente heeft 41.000 inwoners (door de gebruiker ingevuld). Dat is iets meer dan 40.000 (tot en met 44.000). Dit wordt per gemeente bekeken.',
    );
    expect(result.criteria[0]?.explanation.en).toContain('41,000 inhabitants (entered by the user)');
    expect(result.criteria[1]?.explanation.nl).toContain('Het percentage doelgroepkinderen is 10,7% (door de gebruiker ingevuld).');
    expect(result.criteria[1]?.explanation.en).toContain('children in the target group (doelgroepkinderen) is 10.7% (entered by the user)');
    expect(result.criteria[1]).not.toHaveProperty('source');
  });

  it('names the share source and the threshold', () => {
    const oai = { referenceDate: '2022-10-01', source: 'CBS, Onderwijsachterstandenindicator' };
    const need = evaluateEligibility({ targetGroupShare: 12.3, provenance: { targetGroupShare: oai } }).criteria[1];
    expect(need?.explanation.nl).toBe(
      'Het percentage doelgroepkinderen was op 1 oktober 2022 12,3% (bron: CBS). Dat is meer dan 10,7%.',
    );
    expect(need?.source).toEqual(oai);
  });

  it('says "not a fusiegemeente" with both figures when the merger answer is no', () => {
    const size = evaluateEligibility({ inhabitants: 83655, mergedWithIndependentCores: false, provenance: { inhabitants: cbs2025 } }).criteria[0];
    expect(size?.status).toBe('not-met');
    expect(size?.explanation.nl).toBe(
      'De gemeente had op 1 januari 2025 83.655 inwoners (bron: CBS). Dat is meer dan 44.000. De gemeente is geen fusiegemeente met kernen die elk zelfstandig functioneren. Het aanbod is voor gemeenten tot ongeveer 40.000 inwoners.',
    );
    expect(size?.explanation.en).toContain('83,655');
    expect(size?.explanation.en).toContain('40,000');
  });

  it('never refers to a question: the words "vraag", "gevraagd" and "beantwoord" appear in no explanation', () => {
    for (const c of everyResult().flatMap((r) => r.criteria)) {
      if (c.id === 'cooperation') continue; // "de vraag" there is the municipality's own question
      expect(c.explanation.nl).not.toMatch(/\b(vraag|vragen|gevraagd|beantwoord|antwoord)\b/i);
      expect(c.explanation.en).not.toMatch(/\b(question|asked|answer(ed)?)\b/i);
    }
  });

  it('never addresses the visitor', () => {
    for (const c of everyResult().flatMap((r) => r.criteria)) {
      expect(c.explanation.nl).not.toMatch(/\b(u|uw)\b/i);
      expect(c.explanation.en).not.toMatch(/\b(you|your)\b/i);
      expect(c.explanation.nl).not.toMatch(/verzoek|neem contact/i);
      expect(c.explanation.en).not.toMatch(/\bcorona\b(?!-)|target-group children/i);
    }
  });

  it('uses the policy figures in the text', () => {
    const result = evaluateEligibility(
      { inhabitants: 50500 },
      {
        policy: {
          id: 'host-offer',
          version: '1.0.0',
          parameters: { maxInhabitants: { value: 50000, source: { document: 'Host rules', quote: 'Tot 50.000 inwoners.' } } },
        },
      },
    );
    expect(result.criteria[0]?.status).toBe('doubt');
    expect(result.criteria[0]?.explanation.nl).toContain('iets meer dan 50.000 (tot en met 54.000)');
  });

  it('has a non-empty text in both languages for every criterion of many inputs', () => {
    for (const inhabitants of [undefined, 10, 40001, 50000]) {
      for (const merged of [undefined, true, false, 'unknown'] as const) {
        const input = {
          ...(inhabitants === undefined ? {} : { inhabitants }),
          ...(merged === undefined ? {} : { mergedWithIndependentCores: merged }),
        };
        for (const c of evaluateEligibility(input).criteria) {
          expect(c.explanation.nl.length).toBeGreaterThan(20);
          expect(c.explanation.en.length).toBeGreaterThan(20);
          expect(c.explanation.nl).not.toMatch(/undefined|NaN|\{/);
          expect(c.explanation.en).not.toMatch(/undefined|NaN|\{/);
        }
      }
    }
  });
});
