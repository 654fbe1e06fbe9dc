import { getMunicipality } from '@npo-gemeenten/data/latest';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, sourceText } from '../src/format.js';

describe('formatNumber', () => {
  it('groups thousands and rounds per language', () => {
    expect(formatNumber(31419, 'nl')).toBe('31.419');
    expect(formatNumber(31419, 'en')).toBe('31,419');
    expect(formatNumber(12.345, 'nl', 1)).toBe('12,3');
    expect(formatNumber(12.345, 'en', 1)).toBe('12.3');
  });
});

describe('formatDate', () => {
  it('writes a date out in the language, whatever the time zone', () => {
    expect(formatDate('2025-01-01', 'nl')).toBe('1 januari 2025');
    expect(formatDate('2025-01-01T23:30:00+02:00', 'en')).toBe('1 January 2025');
  });

  it('returns text that is no date as it is', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });
});

describe('sourceText', () => {
  it('names publisher, title and table of a figure', () => {
    const vaals = getMunicipality('GM0981');
    expect(vaals).toBeDefined();
    const { publisher, title, tableId } = vaals!.source;
    expect(sourceText(vaals!.source)).toBe(`${publisher}, ${title} (${tableId})`);
  });

  it('accepts a plain string or a citation and is empty without a source', () => {
    expect(sourceText('CBS')).toBe('CBS');
    expect(sourceText({ source: 'CBS, Kerncijfers wijken en buurten' })).toBe('CBS, Kerncijfers wijken en buurten');
    expect(sourceText(null)).toBe('');
  });
});
