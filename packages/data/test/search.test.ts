import { describe, expect, it } from 'vitest';
import { DataQueryError, getMunicipality, listMunicipalities, normalizeName, searchMunicipalities } from '../src/index.js';

const first = (query: string, options?: Parameters<typeof searchMunicipalities>[1]) =>
  searchMunicipalities(query, options)[0];

describe('searchMunicipalities', () => {
  it('ignores accents: "sudwest" finds Súdwest-Fryslân', () => {
    expect(first('sudwest')).toMatchObject({ matchKind: 'prefix', municipality: { name: 'Súdwest-Fryslân' } });
    expect(first('SÚDWEST FRYSLAN')?.matchKind).toBe('exact');
    expect(first('sudwestfryslan')?.municipality.code).toBe('GM1900');
  });

  it('ignores apostrophes and hyphens, and knows the common names', () => {
    expect(first('s hertogenbosch')).toMatchObject({ matchKind: 'exact', municipality: { name: "'s-Hertogenbosch" } });
    expect(first('Den Bosch')).toMatchObject({ matchKind: 'exact', matchedName: 'Den Bosch', municipality: { code: 'GM0796' } });
    expect(first('den haag')).toMatchObject({ matchKind: 'exact', municipality: { name: "'s-Gravenhage" } });
    expect(first('’s-Gravenhage')?.municipality.code).toBe('GM0518');
  });

  it('"Nuenen" finds Nuenen, Gerwen en Nederwetten', () => {
    expect(first('Nuenen')?.municipality.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(first('nuenen gerwen')?.municipality.code).toBe('GM0820');
  });

  it('finds a name without its CBS suffix: "Hengelo" is Hengelo (O.)', () => {
    expect(first('Hengelo')).toMatchObject({ matchKind: 'exact', municipality: { name: 'Hengelo (O.)' } });
    expect(searchMunicipalities('Bergen').map((h) => h.municipality.name).slice(0, 2)).toEqual(['Bergen (L.)', 'Bergen (NH.)']);
  });

  it('ranks exact > prefix > word-prefix > substring, then by name', () => {
    const hits = searchMunicipalities('berg', { limit: 400 });
    const order = ['exact', 'prefix', 'word-prefix', 'substring'];
    const kinds = hits.map((h) => order.indexOf(h.matchKind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    for (let i = 1; i < hits.length; i += 1) {
      const [a, b] = [hits[i - 1], hits[i]];
      if (a?.matchKind === b?.matchKind) {
        expect(normalizeName(a?.municipality.name ?? '') <= normalizeName(b?.municipality.name ?? '')).toBe(true);
      }
    }
    expect(hits.find((h) => h.municipality.name === 'Steenbergen')?.matchKind).toBe('substring');
    expect(hits.find((h) => h.municipality.name === 'Berg en Dal')?.matchKind).toBe('prefix');
    expect(first('zee', { limit: 400 })?.matchKind).toBe('prefix');
    expect(searchMunicipalities('zee', { limit: 400 }).find((h) => h.municipality.name === 'Voorne aan Zee')?.matchKind).toBe('word-prefix');
    expect(new Set(hits.map((h) => h.municipality.code)).size).toBe(hits.length);
  });

  it('word-prefix: "Cuijk" finds Land van Cuijk (and the former Cuijk)', () => {
    const hit = first('cuijk');
    expect(hit?.municipality.code).toBe('GM1982');
    expect(hit?.formerName).toBe('Cuijk');
    expect(hit?.matchKind).toBe('exact');
    expect(first('van cuijk')).toMatchObject({ matchKind: 'word-prefix', municipality: { code: 'GM1982' } });
  });

  it('finds former names with their successor', () => {
    expect(first('Boxmeer')).toMatchObject({ formerName: 'Boxmeer', matchKind: 'exact', municipality: { name: 'Land van Cuijk' } });
    const haaren = searchMunicipalities('Haaren').filter((h) => h.formerName === 'Haaren');
    expect(haaren.map((h) => h.municipality.name).sort()).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(first('Weesp')?.municipality.name).toBe('Amsterdam');
  });

  it('searches the municipalities as they were in an earlier year', () => {
    expect(first('Boxmeer', { year: 2021 })).toMatchObject({ matchKind: 'exact', municipality: { code: 'GM0756' } });
    expect(first('Boxmeer', { year: 2021 })?.formerName).toBeUndefined();
    expect(first('Weesp', { year: 2022 })?.municipality.code).toBe('GM0457');
    expect(searchMunicipalities('Land van Cuijk', { year: 2021 })).toEqual([]);
    expect(first('Beek', { year: 2022 })?.municipality.name).toBe('Beek (L.)');
  });

  it('finds every official name exactly in every year', () => {
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025] as const) {
      for (const m of listMunicipalities({ year })) {
        const hit = first(m.name, { year });
        expect(hit?.municipality.code, `${m.name} ${year}`).toBe(m.code);
        expect(getMunicipality(m.name, { year })?.code).toBe(m.code);
      }
    }
  });

  it('respects the limit', () => {
    expect(searchMunicipalities('a', { limit: 3 })).toHaveLength(3);
    expect(searchMunicipalities('a')).toHaveLength(10);
  });

  it('gives no result for empty, blank, too long or unmatched input', () => {
    expect(searchMunicipalities('')).toEqual([]);
    expect(searchMunicipalities('   ')).toEqual([]);
    expect(searchMunicipalities("'-")).toEqual([]);
    expect(searchMunicipalities('a'.repeat(101))).toEqual([]);
    expect(searchMunicipalities('qqqxyz')).toEqual([]);
    expect(getMunicipality('GM9999')).toBeUndefined();
    expect(getMunicipality('')).toBeUndefined();
    expect(getMunicipality('Bergen')).toBeUndefined();
    expect(getMunicipality('x'.repeat(101))).toBeUndefined();
  });

  it('throws a DataQueryError that says what to fix for a wrong type, year or limit', () => {
    const calls: Array<() => unknown> = [
      () => searchMunicipalities(42 as unknown as string),
      () => searchMunicipalities('a', { limit: 0 }),
      () => searchMunicipalities('a', { limit: 1.5 }),
      () => searchMunicipalities('a', { year: 2019 as 2020 }),
      () => getMunicipality(null as unknown as string),
      () => getMunicipality('Amsterdam', { year: 2026 as 2025 }),
      () => listMunicipalities('2024' as never),
    ];
    for (const call of calls) {
      expect(call).toThrow(DataQueryError);
    }
    expect(() => getMunicipality('Amsterdam', { year: 2026 as 2025 })).toThrow(/year 2026 is not available here; use one of 2020, 2021/);
    expect(() => searchMunicipalities(42 as unknown as string)).toThrow(/must be a string, got number/);
  });
});
