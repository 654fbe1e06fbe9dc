import { eligibilityInputSchema } from '@npo-gemeenten/core';
import { describe, expect, it } from 'vitest';
import * as all from '../src/index.js';
import * as latest from '../src/generated/entry-latest.js';
import * as y2022 from '../src/generated/entry-2022.js';
import * as y2024 from '../src/generated/entry-2024.js';
import { getRegions } from '../src/regions.js';

describe('entry points', () => {
  it('latest holds only 2025 and has the same functions', () => {
    expect(Object.keys(latest).sort()).toEqual(
      Object.keys(all)
        .filter((k) => !['getRegions', 'schoolDisadvantageHint', 'schoolDisadvantageScore'].includes(k))
        .sort(),
    );
    expect(latest.listMunicipalities()).toEqual(all.listMunicipalities({ year: 2025 }));
    expect(latest.getMunicipality('Boxmeer')?.name).toBe('Land van Cuijk');
    expect(() => latest.listMunicipalities({ year: 2024 })).toThrow(/year 2024 is not available here; use one of 2025/);
  });

  it('a year module answers for its own year by default', () => {
    expect(y2024.listMunicipalities()).toEqual(all.listMunicipalities({ year: 2024 }));
    expect(y2022.getMunicipality('Weesp')?.code).toBe('GM0457');
    expect(y2022.searchMunicipalities('weesp')[0]?.municipality.year).toBe(2022);
  });
});

describe('toEligibilityInput', () => {
  it('passes inhabitants with reference date and table, and leaves unknown figures out', () => {
    const renkum = all.getMunicipality('Renkum', { year: 2024 });
    expect(renkum?.inhabitants).toBe(31419);
    const input = all.toEligibilityInput(renkum as NonNullable<typeof renkum>);
    expect(input).toEqual({
      inhabitants: 31419,
      provenance: {
        inhabitants: { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024 (85755NED)', tableId: '85755NED' },
      },
    });
    expect('targetGroupShare' in input).toBe(false);
  });

  it('is accepted by core', () => {
    for (const year of all.referenceYears) {
      for (const m of all.listMunicipalities({ year })) {
        expect(eligibilityInputSchema.safeParse(all.toEligibilityInput(m)).success).toBe(true);
      }
    }
  });

  it('throws a DataQueryError for something that is not a municipality', () => {
    expect(() => all.toEligibilityInput(undefined as never)).toThrow(all.DataQueryError);
    expect(() => all.toEligibilityInput('GM0274' as never)).toThrow(/pass a municipality object/);
  });
});

describe('getRegions', () => {
  it('gives COROP, GGD, jeugdzorgregio, arbeidsmarktregio, size class and urbanity from the same year', () => {
    const regions = getRegions('GM0274', { year: 2024 });
    expect(regions).toMatchObject({ referenceDate: '2024-01-01', source: { tableId: '85755NED' } });
    expect(regions?.corop.code).toMatch(/^CR\d{2}$/);
    expect(regions?.ggd.code).toMatch(/^GG\d{4}$/);
    expect(regions?.youthCareRegion.code).toMatch(/^JZ\d{2}$/);
    expect(regions?.labourMarketRegion.code).toMatch(/^AM\d{2}$/);
    expect(regions?.sizeClass?.name).toBe('20 000 tot 50 000 inwoners');
    expect(regions?.urbanity?.name).toMatch(/stedelijk/);
  });

  it('labels 2025 regions with the 2024 classification and leaves year-bound classes unknown', () => {
    const regions = getRegions('GM0274');
    expect(regions).toMatchObject({ year: 2025, referenceDate: '2024-01-01', sizeClass: null, urbanity: null });
    expect(getRegions('GM0457', { year: 2022 })?.source.tableId).toBe('85067NED');
    expect(getRegions('GM0274', { year: 2021 })).toBeNull();
    expect(getRegions('GM0756')).toBeNull();
    expect(() => getRegions('GM0274', { year: 2019 as 2020 })).toThrow(all.DataQueryError);
  });

  it('every 2024 size class matches the 2024 inhabitants', () => {
    const bounds: Record<string, [number, number]> = {
      'minder dan 5 000 inwoners': [0, 5000],
      '5 000 tot 10 000 inwoners': [5000, 10000],
      '10 000 tot 20 000 inwoners': [10000, 20000],
      '20 000 tot 50 000 inwoners': [20000, 50000],
      '50 000 tot 100 000 inwoners': [50000, 100000],
      '100 000 tot 150 000 inwoners': [100000, 150000],
      '150 000 tot 250 000 inwoners': [150000, 250000],
      '250 000 inwoners of meer': [250000, Infinity],
    };
    for (const m of all.listMunicipalities({ year: 2024 })) {
      const range = bounds[getRegions(m.code, { year: 2024 })?.sizeClass?.name ?? ''];
      expect(range, m.name).toBeDefined();
      expect(m.inhabitants).toBeGreaterThanOrEqual(range?.[0] ?? 0);
      expect(m.inhabitants).toBeLessThan(range?.[1] ?? 0);
    }
  });
});
