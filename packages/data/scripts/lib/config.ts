// What the generator reads, per reference year, and what it must add up to.

/** Where a figure comes from; written into every generated module as a `SourceRef`. */
export interface TableRef {
  readonly kind: 'table' | 'publication' | 'compilation' | 'import';
  readonly tableId: string | null;
  /** True when the table id is not written in the file but read off its content (see SOURCES.md). */
  readonly tableIdInferred: boolean;
  readonly title: string;
  readonly publisher: string;
  readonly licence: string | null;
  readonly attribution: string;
}

const cbs = { publisher: 'CBS', licence: 'CC BY 4.0', attribution: 'Bron: CBS' } as const;

export const tables = {
  kerncijfers: { kind: 'table', tableId: '70072ned', tableIdInferred: false, title: 'Regionale kerncijfers Nederland', ...cbs },
  gebieden2022: { kind: 'table', tableId: '85067NED', tableIdInferred: false, title: 'Gebieden in Nederland 2022', ...cbs },
  // The export names no table; its layout and figures match 85755NED (SOURCES.md, file 2).
  gebieden2024: { kind: 'table', tableId: '85755NED', tableIdInferred: true, title: 'Gebieden in Nederland 2024', ...cbs },
  bevolking: {
    kind: 'table',
    tableId: '03759ned',
    tableIdInferred: false,
    title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
    ...cbs,
  },
  achterstand: { kind: 'publication', tableId: null, tableIdInferred: false, title: 'Achterstandsscores basisscholen, 2019', ...cbs },
  boundaries2025: {
    kind: 'publication',
    tableId: null,
    tableIdInferred: false,
    title: 'CBS Gebiedsindelingen 2025 (PDOK), gemeenten en provincies, generalised',
    publisher: 'CBS, PDOK',
    licence: 'CC BY 4.0',
    attribution: 'Bron: CBS, PDOK',
  },
  herindelingen: {
    kind: 'compilation',
    tableId: null,
    tableIdInferred: false,
    title: 'Gemeentelijke herindelingen 2018-2026, compiled from CBS publications and cross-checked with CBS address matrices',
    ...cbs,
  },
} as const satisfies Record<string, TableRef>;

export const inputFiles = {
  kerncijfers: 'cbs_70072ned_population_1jan_2020_2023_dawr2024covid_coded.csv',
  gebieden2022: 'cbs_85067NED_gebieden_in_nederland_2022_vng-burgerpeiling.csv',
  gebieden2022Properties: 'cbs_85067NED_DataProperties_vng-burgerpeiling.csv',
  gebieden2024: 'cbs_85755NED_gebieden_in_nederland_2024.csv',
  bevolking: 'cbs_03759ned_population_1jan_2023_2025_dutchpolitics.csv',
  herindelingen: 'herindelingen_2018_2026_compiled.csv',
  splitSeats: 'opsplitsingen_zetel_compiled.csv',
  kerncijfers2025: 'cbs_70072ned_regionale_kerncijfers_2025_swienn.csv',
  geoMunicipalities: 'cbs_pdok_gebiedsindelingen_gemeente_2025_rd_cartomap.topojson',
  geoProvinces: 'cbs_pdok_gebiedsindelingen_provincie_2025_rd_cartomap.topojson',
  achterstand: 'achterstandsscores_basisscholen_2019_per_gemeente2024_derived.csv',
  targetGroupShare: 'target-group-share.csv',
} as const;

export type PopulationInput = 'kerncijfers' | 'gebieden2022' | 'gebieden2024' | 'bevolking';
export type ClassificationInput = 'gebieden2022' | 'gebieden2024';

/** A year fetched with `npm run refresh`: codes, names, provinces and inhabitants from one Gebieden table. */
export interface RefreshedInput {
  /** File written by the refresh, in inputs/. */
  readonly file: string;
  readonly table: TableRef;
}

export interface YearConfig {
  readonly year: number;
  /** When set, the year comes entirely from this refreshed file; `population` and `classification` are ignored. */
  readonly refreshed?: RefreshedInput;
  readonly population: PopulationInput;
  /** Which "Gebieden in Nederland" file gives names and provinces (same boundaries or, for 2020-2021, by code). */
  readonly classification: ClassificationInput;
  /** Number of municipalities on 1 January (CBS). */
  readonly count: number;
  /** National population on 1 January (CBS). */
  readonly total: number;
}

export const yearConfigs: readonly YearConfig[] = [
  { year: 2020, population: 'kerncijfers', classification: 'gebieden2022', count: 355, total: 17_407_585 },
  { year: 2021, population: 'kerncijfers', classification: 'gebieden2022', count: 352, total: 17_475_415 },
  { year: 2022, population: 'gebieden2022', classification: 'gebieden2022', count: 345, total: 17_590_672 },
  { year: 2023, population: 'bevolking', classification: 'gebieden2024', count: 342, total: 17_811_291 },
  { year: 2024, population: 'gebieden2024', classification: 'gebieden2024', count: 342, total: 17_942_942 },
  { year: 2025, population: 'bevolking', classification: 'gebieden2024', count: 342, total: 18_044_027 },
];

export const classificationDates: Record<ClassificationInput, string> = {
  gebieden2022: '2022-01-01',
  gebieden2024: '2024-01-01',
};

/** Titles of the "Gebieden in Nederland" topic groups the package reads (DataProperties `Title`). */
export const regionGroups = {
  province: 'Provincies',
  labourMarketRegion: "Arbeidsmarktregio's",
  corop: 'COROP-gebieden',
  ggd: "GGD-regio's",
  youthCareRegion: "Jeugdregio's",
  sizeClass: 'Gemeentegrootte',
  urbanity: 'Stedelijkheid',
} as const;

/** Reference date of the achterstandsscores (CBS peildatum 1 October 2019). */
export const achterstandReferenceDate = '2019-10-01';
