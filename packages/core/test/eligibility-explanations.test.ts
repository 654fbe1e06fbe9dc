import { describe, expect, it } from 'vitest';
import { evaluateEligibility, formatDate, formatNumber, formatPercent } from '../src/index.js';

const cbs2024 = { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024' };

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
    expect(formatPercent(10.7, 'nl')).toBe('10,7 %');
    expect(formatPercent(10.7, 'en')).toBe('10.7%');
  });

  it('writes dates per locale', () => {
    expect(formatDate('2024-01-01', 'nl')).toBe('1 januari 2024');
    expect(formatDate('2025-07-31', 'en')).toBe('31 July 2025');
  });
});

describe('explanations', () => {
  it('names the inhabitants and their source', () => {
    const size = evaluateEligibility({ inhabitants: 31419, provenance: { inhabitants: cbs2024 } }).criteria[0];
    expect(size?.explanation.nl).toContain('31.419 inwoners op 1 januari 2024 (CBS, Gebieden in Nederland 2024)');
    expect(size?.explanation.en).toContain('31,419 inhabitants on 1 January 2024 (CBS, Gebieden in Nederland 2024)');
  });

  it('names the table id when the citation lacks it', () => {
    const size = evaluateEligibility({
      inhabitants: 971,
      provenance: { inhabitants: { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari', tableId: '03759ned' } },
    }).criteria[0];
    expect(size?.explanation.nl).toContain('971 inwoners op 1 januari 2025 (CBS, Bevolking op 1 januari, 03759ned)');
  });

  it('says a figure without source was entered by the user', () => {
    const result = evaluateEligibility({ inhabitants: 41000, targetGroupShare: 10.7 });
    expect(result.criteria[0]?.explanation.nl).toContain('41.000 inwoners (door de gebruiker ingevuld)');
    expect(result.criteria[0]?.explanation.en).toContain('41,000 inhabitants (entered by the user)');
    expect(result.criteria[1]?.explanation.nl).toContain('10,7 % doelgroepkinderen (door de gebruiker ingevuld)');
    expect(result.criteria[1]?.explanation.en).toContain('10.7% target-group children (entered by the user)');
  });

  it('names the share source and the threshold', () => {
    const need = evaluateEligibility({
      targetGroupShare: 12.3,
      provenance: { targetGroupShare: { referenceDate: '2022-10-01', source: 'CBS, Onderwijsachterstandenindicator' } },
    }).criteria[1];
    expect(need?.explanation.nl).toBe(
      '12,3 % doelgroepkinderen op 1 oktober 2022 (CBS, Onderwijsachterstandenindicator): meer dan 10,7 %, dus bovengemiddeld.',
    );
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
