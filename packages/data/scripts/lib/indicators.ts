// Children by age and households with children per municipality, 1 January 2025, from a StatLine export
// of 70072ned (Regionale kerncijfers Nederland). The export has region labels, not codes: each label is
// matched to a 2025 municipality by name, and its total population must equal that municipality's.
import { type CsvRow, detectDelimiter, parseCsv } from './csv.js';

/** The figures taken from the export, keyed by the end of their StatLine column title. */
export const indicatorColumns = {
  population: 'Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)',
  children0to4: 'Leeftijdsgroepen/Jonger dan 5 jaar (aantal)',
  children5to9: 'Leeftijdsgroepen/5 tot 10 jaar (aantal)',
  children10to14: 'Leeftijdsgroepen/10 tot 15 jaar (aantal)',
  householdsWithChildren: 'Particuliere huishoudens/Meerpersoonshuishoudens met kinderen (aantal)',
} as const;

export type IndicatorKey = Exclude<keyof typeof indicatorColumns, 'population'>;
export const indicatorKeys: readonly IndicatorKey[] = ['children0to4', 'children5to9', 'children10to14', 'householdsWithChildren'];

export interface IndicatorRow {
  readonly code: number;
  readonly label: string;
  readonly population: number;
  readonly values: Readonly<Record<IndicatorKey, number>>;
}

export interface IndicatorModel {
  readonly year: number;
  readonly referenceDate: string;
  readonly rows: readonly IndicatorRow[];
  /** The row "Nederland". */
  readonly national: Readonly<Record<IndicatorKey, number>> & { readonly population: number };
}

/** StatLine web label of a municipality without "(gemeente)": "Utrecht (gemeente)" -> "Utrecht". */
export function municipalityLabel(label: string): string {
  return label.replace(/ \(gemeente\)$/, '');
}

function columnOf(header: readonly string[], ending: string, file: string): string {
  const found = header.filter((title) => title.endsWith(ending));
  if (found.length !== 1) throw new Error(`${file}: expected one column ending in "${ending}", found ${found.length}`);
  return found[0] as string;
}

function whole(row: CsvRow, column: string, where: string): number {
  const value = row[column] ?? '';
  if (!/^\d+$/.test(value)) throw new Error(`${where}: "${value}" in "${column}" is not a whole number`);
  return Number(value);
}

/**
 * Reads the export. `municipalities` are the 2025 municipalities (code, name, inhabitants); every filled row
 * must name exactly one of them and have its population, and every municipality must have a row.
 */
export function readIndicators(
  text: string,
  file: string,
  municipalities: ReadonlyArray<{ readonly code: number; readonly name: string; readonly inhabitants: number }>,
): IndicatorModel {
  const { header, rows } = parseCsv(text, detectDelimiter(text));
  const columns = Object.fromEntries(
    Object.entries(indicatorColumns).map(([key, ending]) => [key, columnOf(header, ending, file)]),
  ) as Record<keyof typeof indicatorColumns, string>;
  const byName = new Map(municipalities.map((m) => [m.name, m]));
  const out: IndicatorRow[] = [];
  let national: IndicatorModel['national'] | undefined;
  let year: string | undefined;
  rows.forEach((row, i) => {
    const where = `${file} line ${i + 2}`;
    year ??= row.Perioden;
    if (row.Perioden !== year) throw new Error(`${where}: period ${row.Perioden}, expected ${year}`);
    if ((row[columns.population] ?? '') === '') return; // A region that did not exist in this year.
    const label = row["Regio's"] ?? '';
    const values = Object.fromEntries(indicatorKeys.map((key) => [key, whole(row, columns[key], where)])) as Record<IndicatorKey, number>;
    const population = whole(row, columns.population, where);
    if (label === 'Nederland') {
      national = { ...values, population };
      return;
    }
    const municipality = byName.get(municipalityLabel(label));
    if (!municipality) throw new Error(`${where}: "${label}" is not a municipality of ${year}`);
    if (municipality.inhabitants !== population) {
      throw new Error(`${where}: ${label} has ${population} inhabitants here and ${municipality.inhabitants} in the package`);
    }
    out.push({ code: municipality.code, label, population, values });
  });
  const codes = new Set(out.map((r) => r.code));
  if (codes.size !== out.length) throw new Error(`${file}: a municipality appears twice`);
  const missing = municipalities.filter((m) => !codes.has(m.code));
  if (missing.length > 0) throw new Error(`${file}: no row for ${missing.map((m) => m.name).join(', ')}`);
  if (!national || !year) throw new Error(`${file}: no row "Nederland"`);
  for (const key of indicatorKeys) {
    const sum = out.reduce((total, r) => total + r.values[key], 0);
    if (sum !== national[key]) throw new Error(`${file}: ${key} adds up to ${sum}, the national figure is ${national[key]}`);
  }
  return { year: Number(year), referenceDate: `${year}-01-01`, rows: out.sort((a, b) => a.code - b.code), national };
}
