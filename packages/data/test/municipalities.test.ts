import { describe, expect, it } from 'vitest';
import { yearConfigs } from '../scripts/lib/config.js';
import {
  datasetInfo,
  getMunicipality,
  listMunicipalities,
  referenceYears,
  type ReferenceYear,
} from '../src/index.js';

describe('every reference year', () => {
  for (const config of yearConfigs) {
    const year = config.year as ReferenceYear;
    const list = listMunicipalities({ year });

    it(`${year}: ${config.count} municipalities with unique codes`, () => {
      expect(list).toHaveLength(config.count);
      expect(new Set(list.map((m) => m.code)).size).toBe(config.count);
      expect(new Set(list.map((m) => m.name)).size).toBe(config.count);
      for (const m of list) expect(m.code).toMatch(/^GM\d{4}$/);
    });

    it(`${year}: national total equals the CBS total ${config.total}`, () => {
      expect(list.reduce((sum, m) => sum + (m.inhabitants ?? 0), 0)).toBe(config.total);
    });

    it(`${year}: every figure is a whole, non-negative number with reference date and table`, () => {
      for (const m of list) {
        expect(Number.isInteger(m.inhabitants)).toBe(true);
        expect(m.inhabitants).toBeGreaterThan(0);
        expect(m.year).toBe(year);
        expect(m.referenceDate).toBe(`${year}-01-01`);
        expect(m.source.tableId).toMatch(/^\d{5}(NED|ned)$/);
        expect(m.province?.code).toMatch(/^PV(2\d|3[01])$/);
        expect(m.targetGroupShare).toBeNull();
      }
    });
  }

  it('defaults to the latest complete year, 2025', () => {
    expect(listMunicipalities()[0]?.year).toBe(2025);
    expect(datasetInfo.latestYear).toBe(2025);
    expect(referenceYears).not.toContain(2026);
  });
});

describe('mergers', () => {
  it('Boxmeer and GM0756 resolve to Land van Cuijk and say so', () => {
    for (const query of ['Boxmeer', 'GM0756', 'gm0756', ' boxmeer ']) {
      const m = getMunicipality(query);
      expect(m?.code).toBe('GM1982');
      expect(m?.name).toBe('Land van Cuijk');
      expect(m?.resolvedFrom).toMatchObject({ code: 'GM0756', name: 'Boxmeer', date: '2022-01-01', kind: 'merger' });
    }
  });

  it('a query for an earlier year finds the municipality as it was then', () => {
    const boxmeer = getMunicipality('Boxmeer', { year: 2021 });
    expect(boxmeer?.code).toBe('GM0756');
    expect(boxmeer?.resolvedFrom).toBeUndefined();
    expect(boxmeer?.inhabitants).toBe(29609);
    expect(getMunicipality('Land van Cuijk', { year: 2021 })).toBeUndefined();
    expect(getMunicipality('GM1982', { year: 2021 })).toBeUndefined();
  });

  it('Land van Cuijk lists the five municipalities it was formed from, with their last population', () => {
    const m = getMunicipality('GM1982', { year: 2022 });
    expect(m?.mergedFrom.map((f) => f.name).sort()).toEqual(['Boxmeer', 'Cuijk', 'Grave', 'Mill en Sint Hubert', 'Sint Anthonis']);
    const listed2021 = listMunicipalities({ year: 2021 });
    for (const former of m?.mergedFrom ?? []) {
      expect(former.inhabitantsReferenceDate).toBe('2021-01-01');
      expect(former.inhabitants).toBe(listed2021.find((x) => x.code === former.code)?.inhabitants);
      expect(former.inhabitantsSource?.tableId).toBe('70072ned');
    }
  });

  it('Weesp joins Amsterdam on 24 March 2022, so it is its own municipality on 1 January 2022', () => {
    expect(getMunicipality('Weesp', { year: 2022 })?.code).toBe('GM0457');
    expect(getMunicipality('GM0363', { year: 2022 })?.mergedFrom).toEqual([]);
    const later = getMunicipality('Weesp', { year: 2023 });
    expect(later?.code).toBe('GM0363');
    expect(later?.resolvedFrom).toMatchObject({ date: '2022-03-24', kind: 'addition' });
    const weesp = getMunicipality('GM0363', { year: 2023 })?.mergedFrom.find((f) => f.code === 'GM0457');
    expect(weesp).toMatchObject({ inhabitants: getMunicipality('GM0457', { year: 2022 })?.inhabitants, inhabitantsReferenceDate: '2022-01-01' });
  });

  it('Haaren resolves to Oisterwijk, which took its seat, and lists all four successors', () => {
    const m = getMunicipality('Haaren');
    expect(m?.resolvedFrom?.kind).toBe('split');
    expect(m?.resolvedFrom?.successors.map((s) => s.name)).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(m?.code).toBe('GM0824');
    expect(m?.resolvedFrom?.seat).toMatchObject({ seat: 'Haaren', code: 'GM0824', name: 'Oisterwijk', url: 'https://zoek.officielebekendmakingen.nl/stb-2020-260.html' });
    expect(m?.resolvedFrom?.seat?.law).toMatch(/splitsing van de gemeente Haaren \(Stb\. 2020, 260\)/);
    expect(m?.resolvedFrom?.source).toMatchObject({ kind: 'compilation', publisher: 'CBS', licence: 'CC BY 4.0' });
    expect(getMunicipality('GM0788')?.code).toBe('GM0824');
    expect(getMunicipality('Haaren', { year: 2020 })?.code).toBe('GM0788');
    expect(getMunicipality('Littenseradiel')).toMatchObject({ name: 'Súdwest-Fryslân', resolvedFrom: { seat: { seat: 'Wommels' } } });
    expect(getMunicipality('Winsum')).toMatchObject({ name: 'Het Hogeland', resolvedFrom: { seat: { seat: 'Winsum' } } });
    for (const code of ['GM0757', 'GM0824', 'GM0855', 'GM0865']) {
      const successor = getMunicipality(code, { year: 2021 });
      expect(successor?.mergedFrom).toEqual([
        expect.objectContaining({ code: 'GM0788', kind: 'split', inhabitants: 14370, inhabitantsReferenceDate: '2020-01-01' }),
      ]);
    }
  });

  it('every former code resolves in every year after its end', async () => {
    const { mergers } = await import('../src/mergers.js');
    for (const year of referenceYears) {
      for (const row of mergers) {
        if (row[0] > `${year}-01-01`) continue;
        const code = `GM${String(row[1]).padStart(4, '0')}`;
        const m = getMunicipality(code, { year });
        expect(m, `${code} in ${year}`).toBeDefined();
        expect(m?.resolvedFrom?.successors.map((s) => s.code)).toContain(`GM${String(row[3]).padStart(4, '0')}`);
        expect(getMunicipality(row[2], { year })?.resolvedFrom?.code ?? m?.code).toBeDefined();
      }
    }
  });

  it('mergers before 2020 have no population in the package', () => {
    const groningen = getMunicipality('GM0014', { year: 2020 });
    expect(groningen?.mergedFrom.map((f) => f.name).sort()).toEqual(['Haren', 'Ten Boer']);
    expect(groningen?.mergedFrom.every((f) => f.inhabitants === null && f.inhabitantsSource === null)).toBe(true);
  });
});

describe('figures documented with the sources', () => {
  it('counts of municipalities with at most 40,000 inhabitants match the CBS-based counts in SOURCES.md', () => {
    const small = (year: ReferenceYear) => listMunicipalities({ year }).filter((m) => (m.inhabitants ?? Infinity) <= 40_000).length;
    expect([small(2020), small(2021), small(2022), small(2024)]).toEqual([224, 219, 211, 207]);
  });

  it('common names resolve with getMunicipality too', () => {
    expect(getMunicipality('Den Haag')?.code).toBe('GM0518');
    expect(getMunicipality('den bosch')?.code).toBe('GM0796');
    expect(getMunicipality('Hengelo')?.name).toBe('Hengelo (O.)');
    expect(getMunicipality('SUDWEST-FRYSLAN')?.code).toBe('GM1900');
  });
});

describe('shared objects', () => {
  it('cannot be changed by a caller', () => {
    const m = getMunicipality('GM0274') as { inhabitants: number | null };
    expect(() => {
      m.inhabitants = 1;
    }).toThrow(TypeError);
    expect(getMunicipality('GM0274')?.inhabitants).not.toBe(1);
    const list = listMunicipalities();
    list.pop();
    expect(listMunicipalities()).toHaveLength(342);
  });
});
