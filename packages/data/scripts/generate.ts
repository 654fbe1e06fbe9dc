import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEntry } from './lib/render-entry.js';
import {
  achterstandReferenceDate,
  type ClassificationInput,
  classificationDates,
  inputFiles,
  type PopulationInput,
  regionGroups,
  type TableRef,
  tables,
  type YearConfig,
  yearConfigs,
} from './lib/config.js';
import { type CsvRow, detectDelimiter, parseCsv } from './lib/csv.js';
import { readTopology, type ShippedTopology } from './lib/geo.js';
import { type IndicatorModel, indicatorKeys, readIndicators } from './lib/indicators.js';
import { groupTopicKey, propertiesFromCsvRows, topicKey } from './lib/properties.js';
import { readCsvTable } from './lib/share-table.js';
import { type BoundaryInfo, readStoredShares, type ShareRow, yearsWithSameBoundaries } from './lib/target-group-share.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Default locations: the checked-in inputs and generated modules. */
export const defaultInputsDir = join(packageDir, 'inputs');
export const defaultOutDir = join(packageDir, 'src', 'generated');

/** Raised when an input breaks an invariant (count, total, unknown code); names file and figure. */
export class GenerateError extends Error {
  override readonly name = 'GenerateError';
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new GenerateError(message);
}

function codeNumber(code: string, where: string): number {
  const match = /^GM(\d{4})$/.exec(code);
  check(match, `${where}: "${code}" is not a GM code`);
  return Number(match[1]);
}

function count(value: string, where: string): number {
  check(/^\d+$/.test(value), `${where}: "${value}" is not a whole number`);
  return Number(value);
}

interface Region {
  readonly code: string;
  readonly name: string;
}

export interface GebiedenRow {
  readonly code: number;
  readonly name: string;
  readonly province: Region;
  readonly inhabitants: number;
  readonly labourMarketRegion: Region;
  readonly corop: Region;
  readonly ggd: Region;
  readonly youthCareRegion: Region;
  readonly sizeClass: Region;
  readonly urbanity: Region;
}

export interface YearModel {
  readonly year: number;
  readonly referenceDate: string;
  readonly source: TableRef;
  readonly classification: { readonly referenceDate: string; readonly source: TableRef };
  readonly municipalities: ReadonlyArray<{
    readonly code: number;
    readonly name: string;
    readonly province: Region | null;
    readonly inhabitants: number;
  }>;
}

export interface MergerModel {
  readonly date: string;
  readonly oldCode: number;
  readonly oldName: string;
  readonly newCode: number;
  readonly newName: string;
  readonly kind: 0 | 1 | 2;
  readonly province: string;
  readonly inhabitants: number;
  readonly inhabitantsYear: number;
}

export interface SchoolModel {
  readonly code: number;
  readonly name: string;
  readonly schools: number;
  readonly pupils: number;
  readonly score: number;
  readonly scorePer100: number;
  readonly fewPupilSchools: number;
}

/** Everything the generator derives from the inputs, before it is written as modules. */
export interface Model {
  readonly years: readonly YearModel[];
  readonly provinces: readonly Region[];
  readonly mergers: readonly MergerModel[];
  readonly splitSeats: readonly SplitSeatModel[];
  readonly gebieden: Readonly<Record<ClassificationInput, readonly GebiedenRow[]>>;
  readonly school: { readonly rows: readonly SchoolModel[]; readonly pupils: number; readonly score: number };
  readonly shares: ReadonlyArray<ShareRow & { readonly years: readonly number[] }>;
  readonly indicators: IndicatorModel;
  readonly geo: { readonly municipalities: ShippedTopology; readonly provinces: ShippedTopology };
}

function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

function readCsv(dir: string, file: string): CsvRow[] {
  const text = readText(dir, file);
  return parseCsv(text, detectDelimiter(text)).rows;
}

function readGebieden(dir: string, file: string): GebiedenRow[] {
  const properties = propertiesFromCsvRows(readCsv(dir, inputFiles.gebieden2022Properties));
  const id = tables.gebieden2022.tableId;
  const region = (group: string, nameTitle = 'Naam') => ({
    code: groupTopicKey(properties, group, 'Code', id),
    name: groupTopicKey(properties, group, nameTitle, id),
  });
  const keys = {
    code: groupTopicKey(properties, 'Codes en namen van gemeenten', 'Code', id),
    name: groupTopicKey(properties, 'Codes en namen van gemeenten', 'Naam', id),
    inhabitants: topicKey(properties, 'Inwonertal', id),
    province: region(regionGroups.province),
    labourMarketRegion: region(regionGroups.labourMarketRegion),
    corop: region(regionGroups.corop),
    ggd: region(regionGroups.ggd),
    youthCareRegion: region(regionGroups.youthCareRegion),
    sizeClass: region(regionGroups.sizeClass, 'Omschrijving'),
    urbanity: region(regionGroups.urbanity, 'Omschrijving'),
  };
  const text = readText(dir, file);
  const { header, rows } = parseCsv(text, detectDelimiter(text));
  // The 2024 file has the 2022 layout; fail loudly if a later file shifts the columns.
  for (const key of [keys.code, keys.name, keys.inhabitants, keys.province.code, keys.sizeClass.name]) {
    check(header.includes(key), `${file}: column ${key} is missing; check the table's DataProperties`);
  }
  const pick = (row: CsvRow, k: { code: string; name: string }): Region => ({
    code: row[k.code] ?? '',
    name: row[k.name] ?? '',
  });
  return rows.map((row, i) => ({
    code: codeNumber(row[keys.code] ?? '', `${file} row ${i + 2}`),
    name: row[keys.name] ?? '',
    inhabitants: count(row[keys.inhabitants] ?? '', `${file} row ${i + 2}`),
    province: pick(row, keys.province),
    labourMarketRegion: pick(row, keys.labourMarketRegion),
    corop: pick(row, keys.corop),
    ggd: pick(row, keys.ggd),
    youthCareRegion: pick(row, keys.youthCareRegion),
    sizeClass: pick(row, keys.sizeClass),
    urbanity: pick(row, keys.urbanity),
  }));
}

function populationOf(
  dir: string,
  input: PopulationInput,
  year: number,
  gebieden: Record<ClassificationInput, GebiedenRow[]>,
): Map<number, number> {
  const out = new Map<number, number>();
  const add = (code: number, value: number, where: string) => {
    check(!out.has(code), `${where}: code GM${String(code).padStart(4, '0')} appears twice for ${year}`);
    out.set(code, value);
  };
  if (input === 'gebieden2022' || input === 'gebieden2024') {
    for (const row of gebieden[input]) add(row.code, row.inhabitants, inputFiles[input]);
  } else {
    const file = inputFiles[input];
    const column = input === 'kerncijfers' ? 'population_1jan' : 'population';
    readCsv(dir, file).forEach((row, i) => {
      if (row.year !== String(year)) return;
      const where = `${file} row ${i + 2}`;
      check(row.reference_date === `${year}-01-01`, `${where}: reference date ${row.reference_date} is not 1 January ${year}`);
      add(codeNumber(row.gm_code ?? '', where), count(row[column] ?? '', where), where);
    });
  }
  return out;
}

/** Reads a file written by scripts/refresh.ts. */
function readRefreshed(dir: string, file: string): Array<{ code: number; name: string; province: Region; inhabitants: number }> {
  return readCsv(dir, file).map((row, i) => {
    const where = `${file} row ${i + 2}`;
    return {
      code: codeNumber(row.gm_code ?? '', where),
      name: row.naam ?? '',
      province: { code: row.provincie_code ?? '', name: row.provincie_naam ?? '' },
      inhabitants: count(row.inwonertal ?? '', where),
    };
  });
}

const kindCodes: Record<string, 0 | 1 | 2> = {
  'samenvoeging (nieuwe gemeente)': 0,
  'toevoeging aan bestaande gemeente': 1,
  'opsplitsing (deel)': 2,
};

/**
 * Suffixed CBS names ("Hengelo (O.)") keyed by `code|plain name` ("164|Hengelo"), for the years whose
 * classification writes the same municipality without its disambiguating suffix.
 */
function suffixedNames(rows: readonly GebiedenRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) {
    const match = /^(.+) \([A-Za-z.]+\)$/.exec(row.name);
    if (match?.[1]) out.set(`${row.code}|${match[1]}`, row.name);
  }
  return out;
}

/** The successor that took a split municipality's seat, with the law of the split (compiled input). */
export interface SplitSeatModel {
  readonly oldCode: number;
  readonly seat: string;
  readonly newCode: number;
  readonly newName: string;
  readonly law: string;
  readonly url: string;
}

function readSplitSeats(
  dir: string,
  herindelingen: ReadonlyArray<{ oldCode: number; newCode: number; newName: string; kind: number }>,
): SplitSeatModel[] {
  const file = inputFiles.splitSeats;
  const seats = readCsv(dir, file).map((row, i): SplitSeatModel => {
    const where = `${file} row ${i + 2}`;
    const oldCode = codeNumber(row.oude_code ?? '', where);
    const newCode = codeNumber(row.nieuwe_code ?? '', where);
    check(
      herindelingen.some((h) => h.kind === 2 && h.oldCode === oldCode && h.newCode === newCode && h.newName === row.nieuwe_naam),
      `${where}: ${row.nieuwe_code} is not a successor of the split of ${row.oude_code} in ${inputFiles.herindelingen}`,
    );
    check(row.zetel && row.wet && /^https:\/\//.test(row.url ?? ''), `${where}: zetel, wet and url are required`);
    return { oldCode, seat: row.zetel, newCode, newName: row.nieuwe_naam ?? '', law: row.wet, url: row.url ?? '' };
  });
  for (const code of new Set(herindelingen.filter((h) => h.kind === 2).map((h) => h.oldCode))) {
    const count = seats.filter((s) => s.oldCode === code).length;
    check(count === 1, `${file}: the split of GM${String(code).padStart(4, '0')} needs exactly one seat row, found ${count}`);
  }
  return seats.sort((a, b) => a.oldCode - b.oldCode);
}

/** Reads and checks every input; throws {@link GenerateError} on any broken invariant. */
export function buildModel(
  inputsDir: string = defaultInputsDir,
  configs: readonly YearConfig[] = yearConfigs,
  /** The stored shares to use instead of `inputs/target-group-share.csv` (the import checks a file before writing it). */
  sharesText?: string,
): Model {
  const gebieden = {
    gebieden2022: readGebieden(inputsDir, inputFiles.gebieden2022),
    gebieden2024: readGebieden(inputsDir, inputFiles.gebieden2024),
  };
  const provinceByName = new Map<string, Region>();
  for (const row of [...gebieden.gebieden2022, ...gebieden.gebieden2024]) provinceByName.set(row.province.name, row.province);
  const provinces = [...provinceByName.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  check(provinces.length === 12, `expected 12 provinces, found ${provinces.length}`);

  const herindelingen = readCsv(inputsDir, inputFiles.herindelingen).map((row, i) => {
    const where = `${inputFiles.herindelingen} row ${i + 2}`;
    const kind = kindCodes[row.soort ?? ''];
    check(kind !== undefined, `${where}: unknown soort "${row.soort}"`);
    check(/^\d{4}-\d{2}-\d{2}$/.test(row.ingangsdatum ?? ''), `${where}: bad ingangsdatum`);
    return {
      date: row.ingangsdatum ?? '',
      oldCode: codeNumber(row.oude_code ?? '', where),
      oldName: row.oude_naam ?? '',
      newCode: codeNumber(row.nieuwe_code ?? '', where),
      newName: row.nieuwe_naam ?? '',
      kind,
      province: row.provincie_nieuw ?? '',
    };
  });

  const suffixed = suffixedNames(gebieden.gebieden2024);
  const years: YearModel[] = configs.map((config) => {
    const refreshed = config.refreshed ? readRefreshed(inputsDir, config.refreshed.file) : undefined;
    const population = refreshed
      ? new Map(refreshed.map((row) => [row.code, row.inhabitants]))
      : populationOf(inputsDir, config.population, config.year, gebieden);
    const classes = new Map<number, { name: string; province: Region }>(
      (refreshed ?? gebieden[config.classification]).map((row) => [row.code, row]),
    );
    const municipalities = [...population.entries()]
      .sort(([a], [b]) => a - b)
      .map(([code, inhabitants]) => {
        const known = classes.get(code);
        const former = herindelingen.find((row) => row.oldCode === code);
        const plain = known?.name ?? former?.oldName;
        // One name across the years: CBS's 2022 classification drops the suffix its other tables use.
        const name = plain === undefined ? undefined : (suffixed.get(`${code}|${plain}`) ?? plain);
        check(name, `${config.year}: no name for GM${String(code).padStart(4, '0')}`);
        // Merged-away municipalities of 2020-2021 lie within one province: the province of their successor.
        const province = known?.province ?? provinceByName.get(former?.province ?? '') ?? null;
        check(!name.includes('|'), `${config.year}: name "${name}" contains |`);
        return { code, name, province, inhabitants };
      });
    const total = municipalities.reduce((sum, m) => sum + m.inhabitants, 0);
    check(municipalities.length === config.count, `${config.year}: ${municipalities.length} municipalities, CBS counts ${config.count}`);
    check(total === config.total, `${config.year}: total ${total}, CBS total is ${config.total}`);
    return {
      year: config.year,
      referenceDate: `${config.year}-01-01`,
      source: config.refreshed?.table ?? tables[config.population],
      classification: config.refreshed
        ? { referenceDate: `${config.year}-01-01`, source: config.refreshed.table }
        : { referenceDate: classificationDates[config.classification], source: tables[config.classification] },
      municipalities,
    };
  });

  const splitSeats = readSplitSeats(inputsDir, herindelingen);
  const mergers: MergerModel[] = herindelingen
    .map((row) => {
      // Inhabitants on the last 1 January before the change, from the year the former municipality still existed.
      const before = [...years].reverse().find((y) => y.referenceDate < row.date && y.municipalities.some((m) => m.code === row.oldCode));
      const inhabitants = before?.municipalities.find((m) => m.code === row.oldCode)?.inhabitants ?? -1;
      return { ...row, inhabitants, inhabitantsYear: before ? before.year : 0 };
    })
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.oldCode - b.oldCode || a.newCode - b.newCode));

  const schoolRows = readCsv(inputsDir, inputFiles.achterstand);
  const codes2024 = new Set(gebieden.gebieden2024.map((r) => r.code));
  const school: SchoolModel[] = [];
  let pupils = 0;
  let score = 0;
  schoolRows.forEach((row, i) => {
    const where = `${inputFiles.achterstand} row ${i + 2}`;
    const rowPupils = count(row.aantal_bekostigde_leerlingen ?? '', where);
    const rowScore = Number(row.som_score_zonder_drempel);
    check(Number.isFinite(rowScore) && rowScore >= 0, `${where}: bad som_score_zonder_drempel`);
    pupils += rowPupils;
    score += rowScore;
    if (row.gm_code_2024 === 'ONBEKEND') return;
    const code = codeNumber(row.gm_code_2024 ?? '', where);
    check(codes2024.has(code), `${where}: ${row.gm_code_2024} is not a 2024 municipality`);
    const scorePer100 = Number(row.score_zonder_drempel_per_100_leerlingen);
    check(Number.isFinite(scorePer100) && scorePer100 >= 0, `${where}: bad score per 100`);
    school.push({
      code,
      name: row.gemeentenaam_cbs2024 ?? '',
      schools: count(row.n_vestigingen ?? '', where),
      pupils: rowPupils,
      score: rowScore,
      scorePer100,
      fewPupilSchools: count(row.n_vestigingen_onbetrouwbaar_le40 ?? '', where),
    });
  });
  school.sort((a, b) => a.code - b.code);

  const boundaries = boundaryInfo(years, mergers);
  const shares = readStoredShares(readCsvTable(sharesText ?? readText(inputsDir, inputFiles.targetGroupShare)), boundaries).map(
    (row) => ({ ...row, years: yearsWithSameBoundaries(boundaries, row.code, row.referenceDate) }),
  );

  const year2025 = years.find((y) => y.year === 2025);
  check(year2025, 'the indicators and boundaries need the year 2025');
  const indicators = readIndicators(readText(inputsDir, inputFiles.kerncijfers2025), inputFiles.kerncijfers2025, year2025.municipalities);
  const codes2025 = new Set(year2025.municipalities.map((m) => `GM${String(m.code).padStart(4, '0')}`));
  const geo = {
    municipalities: readTopology(readText(inputsDir, inputFiles.geoMunicipalities), inputFiles.geoMunicipalities, 'gemeente_2025', codes2025),
    provinces: readTopology(readText(inputsDir, inputFiles.geoProvinces), inputFiles.geoProvinces, 'provincie_2025', new Set(provinces.map((p) => p.code))),
  };

  return {
    indicators,
    geo,
    years,
    provinces,
    mergers,
    splitSeats,
    gebieden,
    school: { rows: school, pupils, score: Math.round(score * 100) / 100 },
    shares,
  };
}

/** Codes per year and the herindelingen, for validating imported figures. */
export function boundaryInfo(
  years: readonly YearModel[],
  mergers: ReadonlyArray<Pick<MergerModel, 'date' | 'oldCode' | 'newCode'>>,
): BoundaryInfo {
  return {
    codesByYear: new Map(years.map((y) => [y.year, new Set(y.municipalities.map((m) => m.code))])),
    changes: mergers.map((m) => [m.date, m.oldCode, m.newCode] as const),
  };
}

const header = '// Generated by scripts/generate.ts from packages/data/inputs; do not edit. Run `npm run generate`.\n';

function json(value: unknown): string {
  return JSON.stringify(value);
}

const tableNames = new Map<TableRef, string>(Object.entries(tables).map(([name, table]) => [table, name]));

/** Reference to a shared constant of tables.ts, so every module points at one object. */
function tableLiteral(table: TableRef): string {
  const name = tableNames.get(table);
  return name ? `tables.${name}` : json(table);
}

const tablesImport = "import { tables } from './tables.js';\n";

function renderTables(): string {
  const entries = Object.entries(tables).map(([name, table]) => `  ${name}: ${json(table)},`);
  return `${header}import type { SourceRef } from '../types.js';

/** The CBS tables, publications and compilations the figures come from, with licence and attribution. */
export const tables = {
${entries.join('\n')}
} as const satisfies Record<string, SourceRef>;
`;
}

function renderYear(model: Model, year: YearModel): string {
  const provinceIndex = new Map(model.provinces.map((p, i) => [p.code, i]));
  const provinces = year.municipalities
    .map((m) => (m.province ? String.fromCharCode(97 + (provinceIndex.get(m.province.code) ?? 0)) : '-'))
    .join('');
  return `${header}import type { EncodedYear } from '../encoded.js';
${tablesImport}
/** Municipalities on 1 January ${year.year}: inhabitants from ${year.source.tableId}, names and provinces from ${year.classification.source.tableId}. */
export const year${year.year}: EncodedYear = {
  year: ${year.year},
  referenceDate: ${json(year.referenceDate)},
  source: ${tableLiteral(year.source)},
  classification: { referenceDate: ${json(year.classification.referenceDate)}, source: ${tableLiteral(year.classification.source)} },
  codes: ${json(year.municipalities.map((m, i, all) => (m.code - (all[i - 1]?.code ?? 0)).toString(36)).join(','))},
  names: ${json(year.municipalities.map((m) => m.name).join('|'))},
  provinces: ${json(provinces)},
  inhabitants: ${json(year.municipalities.map((m) => m.inhabitants.toString(36)).join(','))},
};
`;
}

function renderMergers(model: Model): string {
  const dates = [...new Set(model.mergers.map((m) => m.date))].sort();
  const rows = model.mergers.map((m) =>
    [
      dates.indexOf(m.date),
      m.oldCode.toString(36),
      m.oldName,
      m.newCode.toString(36),
      m.kind,
      m.inhabitants >= 0 ? m.inhabitants.toString(36) : '',
      m.inhabitantsYear || '',
    ].join(','),
  );
  for (const m of model.mergers) check(!/[,;]/.test(m.oldName), `herindelingen: name "${m.oldName}" contains , or ;`);
  const used = new Set(model.mergers.map((m) => m.inhabitantsYear));
  const sources = model.years.filter((y) => used.has(y.year)).map((y) => `  ${y.year}: ${tableLiteral(y.source)},`);
  const seats = model.splitSeats.map((s) => `  [${s.oldCode}, ${json(s.seat)}, ${s.newCode}, ${json(s.newName)}, ${json(s.law)}, ${json(s.url)}],`);
  return `${header}import type { EncodedMergers, EncodedSplitSeat } from '../encoded.js';
import type { SourceRef } from '../types.js';
${tablesImport}
/** Where the list of herindelingen comes from: compiled, not a CBS table. */
export const mergerSource: SourceRef = tables.herindelingen;

/**
 * The successor that took the seat (town hall) of each split municipality, with the law of the split:
 * old code, seat, successor code and name, law, its publication.
 */
export const splitSeats: readonly EncodedSplitSeat[] = [
${seats.join('\n')}
];

/**
 * Herindelingen 1 Jan 2018 - 1 Jan 2026 (compiled from CBS publications), one per \`;\`: date index, old code (base 36), old name,
 * new code (base 36), kind, inhabitants of the old municipality on the last 1 January before the change (base 36,
 * empty when unknown), and the year of that figure.
 */
export const encodedMergers: EncodedMergers = {
  dates: ${json(dates)},
  rows: ${json(rows.join(';'))},
};

/** Population table of each reference year a former municipality's figure comes from. */
export const populationSources: Readonly<Record<number, SourceRef>> = {
${sources.join('\n')}
};
`;
}

function renderProvinces(model: Model): string {
  model.provinces.forEach((p, i) => check(p.code === `PV${20 + i}`, `province codes are not PV20-PV31 in order: ${p.code}`));
  return `${header}
/** Names of the provinces with CBS codes PV20, PV21, ... in order, joined by \`|\`. */
export const provinceNames = ${json(model.provinces.map((p) => p.name).join('|'))};
`;
}

function renderRegions(model: Model, input: ClassificationInput): string {
  const rows = [...model.gebieden[input]].sort((a, b) => a.code - b.code);
  const kinds = ['labourMarketRegion', 'corop', 'ggd', 'youthCareRegion', 'sizeClass', 'urbanity'] as const;
  const parts = kinds.map((kind) => {
    const values = [...new Map(rows.map((r) => [r[kind].code, r[kind]])).values()].sort((a, b) => (a.code < b.code ? -1 : 1));
    const index = new Map(values.map((v, i) => [v.code, i]));
    return `    ${kind}: { values: ${json(values.map((v) => [v.code, v.name]))}, index: ${json(rows.map((r) => index.get(r[kind].code)))} },`;
  });
  const table = tables[input];
  const year = classificationDates[input].slice(0, 4);
  return `${header}import type { EncodedRegions } from '../regions-types.js';
${tablesImport}
/** Regions per municipality from ${table.tableId} (${table.title}), boundaries of 1 January ${year}. */
export const regions${year}: EncodedRegions = {
  year: ${year},
  referenceDate: ${json(classificationDates[input])},
  source: ${tableLiteral(table)},
  codes: ${json(rows.map((r) => r.code))},
  kinds: {
${parts.join('\n')}
  },
};
`;
}

/**
 * Each former code whose schools now count under a municipality with a score, as [former, successor]:
 * resolved here, so that the school hint needs no merger list at run time. A split follows the
 * successor that took its seat first, then the others in code order.
 */
function schoolFormerCodes(model: Model): Array<[number, number]> {
  const scored = new Set(model.school.rows.map((r) => r.code));
  const resolve = (code: number, seen: Set<number>): number | undefined => {
    if (scored.has(code)) return code;
    if (seen.has(code)) return undefined;
    seen.add(code);
    const seat = model.splitSeats.find((s) => s.oldCode === code)?.newCode;
    const successors = [...new Set(model.mergers.filter((m) => m.oldCode === code).map((m) => m.newCode))].sort((a, b) =>
      a === seat ? -1 : b === seat ? 1 : a - b,
    );
    for (const successor of successors) {
      const found = resolve(successor, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const former = [...new Set(model.mergers.map((m) => m.oldCode))].filter((code) => !scored.has(code)).sort((a, b) => a - b);
  return former.flatMap((code): Array<[number, number]> => {
    const found = resolve(code, new Set());
    return found === undefined ? [] : [[code, found]];
  });
}

/** A score with at most three decimals as a whole number of thousandths (refuses more precision). */
function thousandths(value: number): number {
  const whole = Math.round(value * 1000);
  if (whole / 1000 !== value) throw new Error(`school score ${value} has more than three decimals`);
  return whole;
}

function renderSchool(model: Model): string {
  const { rows, pupils, score } = model.school;
  const national = Math.round((score / pupils) * 100 * 1000) / 1000;
  return `${header}import type { EncodedSchoolCounts, EncodedSchoolScores } from '../school-types.js';
${tablesImport}
/** CBS achterstandsscore (zonder drempel) of the primary schools located in each municipality, 1 October 2019, 2024 boundaries. */
export const schoolScores: EncodedSchoolScores = {
  referenceDate: ${json(achterstandReferenceDate)},
  source: ${tableLiteral(tables.achterstand)},
  boundariesYear: 2024,
  nationalPupils: ${pupils},
  nationalScore: ${score},
  nationalScorePer100: ${national},
  codes: ${json(rows.map((r, i) => (r.code - (rows[i - 1]?.code ?? 0)).toString(36)).join(','))},
  scorePer1000: ${json(rows.map((r) => thousandths(r.scorePer100).toString(36)).join(','))},
  formerCodes: ${json(schoolFormerCodes(model).map(([from, to]) => `${from.toString(36)}:${to.toString(36)}`).join(','))},
};

/** The schools, pupils and small schools behind each score, in the order of \`schoolScores.codes\`. */
export const schoolCounts: EncodedSchoolCounts = {
  schools: ${json(rows.map((r) => r.schools.toString(36)).join(','))},
  pupils: ${json(rows.map((r) => r.pupils.toString(36)).join(','))},
  fewPupilSchools: ${json(rows.map((r) => r.fewPupilSchools.toString(36)).join(','))},
};
`;
}

/** An imported share's source: the citation, publisher and licence as stated at import time. */
function shareSource(row: ShareRow): TableRef {
  return {
    kind: 'import',
    tableId: null,
    tableIdInferred: false,
    title: row.source,
    publisher: row.publisher,
    licence: row.licence,
    attribution: `Bron: ${row.publisher}`,
  };
}

function renderShares(model: Model): string {
  const rows = model.shares.map(
    (s) => `  [${s.code}, ${s.value}, ${json(s.referenceDate)}, ${json(shareSource(s))}, ${json(s.years)}],`,
  );
  return `${header}import type { EncodedShare } from '../encoded.js';

/** Imported CBS shares of doelgroepkinderen (empty until a CBS file is imported; never estimated). */
export const targetGroupShares: readonly EncodedShare[] = [
${rows.join('\n')}
];
`;
}

function renderDatasetInfo(model: Model, snapshotId: string): string {
  const datesOf = (tableId: string | null) =>
    model.years.filter((y) => y.source.tableId === tableId).map((y) => y.referenceDate);
  const source = (table: keyof typeof tables, referenceDates: readonly string[], usedFor: string) =>
    `{ ...tables.${table}, referenceDates: ${json(referenceDates)}, usedFor: ${json(usedFor)} }`;
  const sources = [
    source('kerncijfers', datesOf('70072ned'), 'inhabitants 2020-2021'),
    source('gebieden2022', ['2022-01-01'], 'inhabitants 2022; names 2020-2022; regions 2022'),
    source('bevolking', datesOf('03759ned'), 'inhabitants 2023, 2025'),
    source('gebieden2024', ['2024-01-01'], 'inhabitants 2024; names, regions 2023-2025; name suffixes 2020-2022'),
    source('herindelingen', [...new Set(model.mergers.map((m) => m.date))], 'former municipalities'),
    source('achterstand', [achterstandReferenceDate], 'school-based hint'),
    `{ ...tables.kerncijfers, referenceDates: ${json([model.indicators.referenceDate])}, usedFor: 'children 0-4, 5-9, 10-14 and households with children (@npo-gemeenten/data/indicators)' }`,
    source('boundaries2025', ['2025-01-01'], 'municipal and provincial boundaries (@npo-gemeenten/data/geo)'),
    ...model.years
      .filter((y) => !tableNames.has(y.source))
      .map((y) => `{ ...${json(y.source)}, referenceDates: [${json(y.referenceDate)}], usedFor: ${json(`inhabitants, names, provinces ${y.year}`)} }`),
    ...[...new Map(model.shares.map((s) => [s.source, shareSource(s)])).values()].map(
      (ref) =>
        `{ ...${json(ref)}, referenceDates: ${json([...new Set(model.shares.filter((s) => s.source === ref.title).map((s) => s.referenceDate))].sort())}, usedFor: 'share of doelgroepkinderen' }`,
    ),
  ];
  return `${header}import type { DatasetInfo } from '../types.js';
${tablesImport}
/** Provenance of every figure in the package. */
export const datasetInfo: DatasetInfo = {
  snapshotId: ${json(snapshotId)},
  years: ${json(model.years.map((y) => y.year))},
  latestYear: ${model.years[model.years.length - 1]?.year},
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  attribution: 'Bron: CBS',
  sources: [
${sources.map((line) => `    ${line},`).join('\n')}
  ],
  notes: ${json([
    '2026 not included: provisional (37230ned), 2 municipalities missing.',
  ])},
};
`;
}

function renderIndicators(model: Model): string {
  const { indicators } = model;
  // Base 36, joined by `,`: compact, and still plain text for a reviewer (see indicators-types.ts).
  const columns = indicatorKeys.map((key) => `  ${key}: ${json(indicators.rows.map((r) => r.values[key].toString(36)).join(','))},`);
  return `${header}import type { EncodedIndicators } from '../indicators-types.js';
${tablesImport}
/** Children by age and households with children on 1 January ${indicators.year} (70072ned), by municipality code. */
export const indicators${indicators.year}: EncodedIndicators = {
  year: ${indicators.year},
  referenceDate: ${json(indicators.referenceDate)},
  source: ${tableLiteral(tables.kerncijfers)},
  codes: ${json(indicators.rows.map((r, i, all) => (r.code - (all[i - 1]?.code ?? 0)).toString(36)).join(','))},
${columns.join('\n')}
  national: ${json(Object.fromEntries(indicatorKeys.map((key) => [key, indicators.national[key]])))},
};
`;
}

function renderGeo(model: Model): string {
  return `${header}import type { Topology } from '../geo-types.js';
${tablesImport}
/** Where the boundaries come from. */
export const boundariesSource = ${tableLiteral(tables.boundaries2025)};

/** Municipal boundaries on 1 January 2025 (CBS/PDOK, generalised), RD New coordinates. */
export const municipalities2025: Topology = ${json(model.geo.municipalities)};

/** Provincial boundaries on 1 January 2025 (CBS/PDOK, generalised), RD New coordinates. */
export const provinces2025: Topology = ${json(model.geo.provinces)};
`;
}

/** Renders every module under src/generated/ (file name relative to that folder -> content). */
export function renderModules(model: Model): Map<string, string> {
  const files = new Map<string, string>();
  files.set('tables.ts', renderTables());
  files.set('provinces.ts', renderProvinces(model));
  for (const year of model.years) files.set(`year-${year.year}.ts`, renderYear(model, year));
  files.set('mergers.ts', renderMergers(model));
  files.set('regions-2022.ts', renderRegions(model, 'gebieden2022'));
  files.set('regions-2024.ts', renderRegions(model, 'gebieden2024'));
  files.set('school-scores.ts', renderSchool(model));
  files.set('target-group-share.ts', renderShares(model));
  files.set(`indicators-${model.indicators.year}.ts`, renderIndicators(model));
  files.set('geo-2025.ts', renderGeo(model));
  for (const year of model.years) files.set(`entry-${year.year}.ts`, renderEntry(header, year.year, false));
  const latest = model.years[model.years.length - 1];
  if (latest) files.set('entry-latest.ts', renderEntry(header, latest.year, true));
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) hash.update(name).update('\0').update(files.get(name) ?? '');
  files.set('dataset-info.ts', renderDatasetInfo(model, hash.digest('hex').slice(0, 12)));
  return files;
}

/** Reads `inputsDir` and returns the generated modules. */
export function generate(
  inputsDir: string = defaultInputsDir,
  configs: readonly YearConfig[] = yearConfigs,
  sharesText?: string,
): Map<string, string> {
  return renderModules(buildModel(inputsDir, configs, sharesText));
}

/** Writes generated modules into `outDir`. */
export function writeModules(files: ReadonlyMap<string, string>, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** `generate [--inputs dir] [--out dir]` */
export function main(args: readonly string[]): void {
  const inputsDir = resolve(option(args, '--inputs') ?? defaultInputsDir);
  const outDir = resolve(option(args, '--out') ?? defaultOutDir);
  const files = generate(inputsDir);
  writeModules(files, outDir);
  console.log(`Wrote ${files.size} modules to ${outDir}`);
}
