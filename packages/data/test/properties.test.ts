import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMunicipality, normalizeName, referenceYears, searchMunicipalities } from '../src/index.js';

const text = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('any string input', () => {
  it('search never throws, respects the limit and gives one hit per municipality', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 400 }), fc.constantFrom(...referenceYears), (query, limit, year) => {
        const hits = searchMunicipalities(query, { limit, year });
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((h) => h.municipality.code)).size).toBe(hits.length);
        if (query.trim().length > 100) expect(hits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('getMunicipality never throws for a string', () => {
    fc.assert(
      fc.property(text, (value) => {
        const m = getMunicipality(value);
        if (m) expect(m.code).toMatch(/^GM\d{4}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeName is idempotent and gives only a-z, 0-9 and single spaces', () => {
    fc.assert(
      fc.property(text, (value) => {
        const folded = normalizeName(value);
        expect(normalizeName(folded)).toBe(folded);
        expect(folded).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('a found name is found again in any case and with accents removed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...searchMunicipalities('', {}).concat(searchMunicipalities('e', { limit: 400 }))), (hit) => {
        const name = hit.municipality.name;
        expect(searchMunicipalities(name.toUpperCase())[0]?.municipality.code).toBe(hit.municipality.code);
        expect(searchMunicipalities(name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))[0]?.municipality.code).toBe(hit.municipality.code);
      }),
    );
  });
});
