import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CbsODataError, type FetchLike, fetchGebieden, formatRefreshedCsv, MissingFieldError } from '../scripts/refresh.js';
import { getMunicipality, listMunicipalities } from '../src/index.js';
import { testDir } from './helpers.js';

const odataDir = join(testDir, 'fixtures', 'odata');
const base = 'https://opendata.cbs.nl/ODataApi/odata/85067NED';
const recorded = (name: string): unknown => JSON.parse(readFileSync(join(odataDir, name), 'utf8'));

/** Serves the recorded 85067NED responses by URL; anything else is a 404, as at CBS. */
function fakeFetch(overrides: Record<string, unknown> = {}, requested: string[] = []): FetchLike {
  const routes: Record<string, unknown> = {
    [`${base}/DataProperties?$format=json`]: recorded('85067NED-DataProperties.json'),
    [`${base}/TypedDataSet?$format=json`]: recorded('85067NED-TypedDataSet-1.json'),
    [`${base}/TypedDataSet?$format=json&$skiptoken=200`]: recorded('85067NED-TypedDataSet-2.json'),
    ...overrides,
  };
  return async (url) => {
    requested.push(url);
    const body = routes[url];
    return body === undefined
      ? { ok: false, status: 404, json: async () => ({ 'odata.error': { message: { value: 'Not found' } } }) }
      : { ok: true, status: 200, json: async () => body };
  };
}

describe('refresh from CBS OData (offline, recorded responses)', () => {
  it('reads every page, finds fields by title and reproduces the 2022 figures', async () => {
    const requested: string[] = [];
    const result = await fetchGebieden({ tableId: '85067NED', year: 2022, fetch: fakeFetch({}, requested) });
    expect(requested).toHaveLength(3);
    expect(result.municipalities).toHaveLength(345);
    expect(result.total).toBe(17_590_672);
    const shipped = listMunicipalities({ year: 2022 });
    for (const m of shipped) {
      const fetched = result.municipalities.find((r) => r.code === m.code);
      // 85067NED writes "Beek" where CBS's other tables write "Beek (L.)"; the package keeps the suffix.
      expect([fetched?.name, `${fetched?.name} (${m.name.split(' (')[1] ?? ''}`]).toContain(m.name);
      expect(fetched).toEqual({
        code: m.code,
        name: fetched?.name,
        provinceCode: m.province?.code,
        provinceName: m.province?.name,
        inhabitants: m.inhabitants,
      });
    }
    expect(formatRefreshedCsv(result).split('\n').slice(0, 2)).toEqual([
      'gm_code;naam;provincie_code;provincie_naam;inwonertal',
      `GM0014;Groningen;PV20;Groningen;${getMunicipality('GM0014', { year: 2022 })?.inhabitants}`,
    ]);
  });

  it('follows @odata.nextLink (v4 style) as well', async () => {
    const page1 = recorded('85067NED-TypedDataSet-1.json') as Record<string, unknown>;
    const { 'odata.nextLink': link, ...rest } = page1;
    const result = await fetchGebieden({
      tableId: '85067NED',
      year: 2022,
      fetch: fakeFetch({ [`${base}/TypedDataSet?$format=json`]: { ...rest, '@odata.nextLink': link } }),
    });
    expect(result.municipalities).toHaveLength(345);
  });

  it('does not depend on field numbers: renumbered fields are still found by title', async () => {
    const props = recorded('85067NED-DataProperties.json') as { value: Array<Record<string, unknown>> };
    const renumber = (key: unknown) => String(key).replace('Inwonertal_54', 'Inwonertal_56').replace('Code_26', 'Code_28').replace('Naam_27', 'Naam_29');
    const pages = ['85067NED-TypedDataSet-1.json', '85067NED-TypedDataSet-2.json'].map((name) => {
      const page = recorded(name) as { value: Array<Record<string, unknown>> };
      return {
        ...page,
        value: page.value.map((row) => {
          const { Code_28: _c, Naam_29: _n, ...others } = row;
          return Object.fromEntries(Object.entries(others).map(([k, v]) => [renumber(k), v]));
        }),
      };
    });
    const result = await fetchGebieden({
      tableId: '85067NED',
      year: 2022,
      fetch: fakeFetch({
        [`${base}/DataProperties?$format=json`]: {
          ...props,
          value: props.value.filter((p) => p.Key !== 'Code_28' && p.Key !== 'Naam_29').map((p) => ({ ...p, Key: renumber(p.Key) })),
        },
        [`${base}/TypedDataSet?$format=json`]: pages[0],
        [`${base}/TypedDataSet?$format=json&$skiptoken=200`]: pages[1],
      }),
    });
    expect(result.total).toBe(17_590_672);
    expect(result.municipalities.find((m) => m.code === 'GM0363')?.provinceName).toBe('Noord-Holland');
  });

  it('gives a clear error for a table CBS does not have', async () => {
    const error = await fetchGebieden({ tableId: '99999NED', year: 2026, fetch: fakeFetch() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CbsODataError);
    expect((error as CbsODataError).status).toBe(404);
    expect((error as Error).message).toMatch(/99999NED: CBS has no such table \(404/);
  });

  it('gives a clear error for a missing field', async () => {
    const props = recorded('85067NED-DataProperties.json') as { value: Array<Record<string, unknown>> };
    const error = await fetchGebieden({
      tableId: '85067NED',
      year: 2022,
      fetch: fakeFetch({ [`${base}/DataProperties?$format=json`]: { value: props.value.filter((p) => p.Title !== 'Inwonertal') } }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingFieldError);
    expect((error as Error).message).toBe('85067NED: expected exactly one field titled "Inwonertal" in DataProperties, found 0.');
  });

  it('rejects a response without rows or with a bad figure', async () => {
    const bad = await fetchGebieden({
      tableId: '85067NED',
      year: 2022,
      fetch: fakeFetch({ [`${base}/TypedDataSet?$format=json`]: { value: [{ RegioS: 'GM0003    ', Code_1: 'GM0003', Inwonertal_54: null }] } }),
    }).catch((e: unknown) => e);
    expect((bad as Error).message).toMatch(/GM0003\) has no valid Inwonertal_54: null/);
    const empty = await fetchGebieden({
      tableId: '85067NED',
      year: 2022,
      fetch: fakeFetch({ [`${base}/TypedDataSet?$format=json`]: { nothing: true } }),
    }).catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(/has no "value" array/);
  });
});

describe('a refreshed year feeds the generator', () => {
  it('85067NED fetched through OData generates the same 2022 municipalities as the byte copy', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { buildModel, generate } = await import('../scripts/generate.js');
    const { yearConfigs } = await import('../scripts/lib/config.js');
    const { inputsDir } = await import('./helpers.js');
    const temp = mkdtempSync(join(tmpdir(), 'npo-data-refresh-'));
    try {
      cpSync(inputsDir, temp, { recursive: true });
      const result = await fetchGebieden({ tableId: '85067NED', year: 2022, fetch: fakeFetch() });
      const file = 'cbs_85067NED_gebieden_in_nederland_2022_odata.csv';
      writeFileSync(join(temp, file), formatRefreshedCsv(result));
      const table = {
        kind: 'table',
        tableId: '85067NED',
        tableIdInferred: false,
        title: 'Gebieden in Nederland 2022 (OData)',
        publisher: 'CBS',
        licence: 'CC BY 4.0',
        attribution: 'Bron: CBS',
      } as const;
      const configs = yearConfigs.map((c) => (c.year === 2022 ? { ...c, refreshed: { file, table } } : c));
      const refreshed = buildModel(temp, configs).years.find((y) => y.year === 2022);
      const original = buildModel(inputsDir).years.find((y) => y.year === 2022);
      expect(refreshed?.municipalities).toEqual(original?.municipalities);
      expect(refreshed?.source).toEqual(table);
      expect(generate(temp, configs).get('dataset-info.ts')).toContain('Gebieden in Nederland 2022 (OData)');
      // The generator checks CBS's count and total for the refreshed year as for any other.
      const wrongTotal = configs.map((c) => (c.year === 2022 ? { ...c, total: c.total + 1 } : c));
      expect(() => buildModel(temp, wrongTotal)).toThrow(/2022: total 17590672, CBS total is 17590673/);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('refresh without a network', () => {
  it('names the table and URL when CBS cannot be reached', async () => {
    const error = await fetchGebieden({
      tableId: '86059NED',
      year: 2025,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CbsODataError);
    expect((error as Error).message).toBe(
      '86059NED: could not reach CBS at https://opendata.cbs.nl/ODataApi/odata/86059NED/DataProperties?$format=json (fetch failed).',
    );
  });
});
