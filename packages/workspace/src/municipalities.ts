// The municipalities of 2025 from the data package, loaded on first use (search, names, provinces).
import type { Municipality, SearchHit } from '@npo-gemeenten/data/latest';

type Province = NonNullable<Municipality['province']>;

export interface MunicipalityIndex {
  search(query: string, limit: number): SearchHit[];
  byCode(code: string): Municipality | undefined;
  provinces: Province[];
  all: Municipality[];
}

let loading: Promise<MunicipalityIndex> | undefined;

/** The data package's 2025 municipalities, with its search (accent-, case- and alias-aware). */
export function municipalities(): Promise<MunicipalityIndex> {
  loading ??= import('@npo-gemeenten/data/latest').then(({ listMunicipalities, searchMunicipalities, getMunicipality }) => {
    const all = listMunicipalities();
    const provinces = new Map<string, Province>();
    for (const m of all) if (m.province) provinces.set(m.province.code, m.province);
    return {
      search: (query, limit) => searchMunicipalities(query, { limit }),
      byCode: (code) => getMunicipality(code),
      provinces: [...provinces.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      all,
    };
  });
  return loading;
}
