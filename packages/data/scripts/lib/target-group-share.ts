import type { ShareTable, TableCell } from './share-table.js';
import { ShareImportError } from './share-errors.js';

export { ShareImportError } from './share-errors.js';

export interface ShareRow {
  readonly code: number;
  readonly value: number;
  readonly referenceDate: string;
  /** The citation given with the import (one line). */
  readonly source: string;
  /** Publisher as stated by whoever imported the file; never read from the citation. */
  readonly publisher: string;
  /** Licence as stated, `null` when not given. */
  readonly licence: string | null;
}

/** What the validator needs to know about municipal boundaries. */
export interface BoundaryInfo {
  /** Codes per reference year (1 January). */
  readonly codesByYear: ReadonlyMap<number, ReadonlySet<number>>;
  /** [date, oldCode, newCode] of every herindeling. */
  readonly changes: ReadonlyArray<readonly [date: string, oldCode: number, newCode: number]>;
}

const earliestDate = '2019-01-01';

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Codes of the municipalities that existed on `date` (`YYYY-MM-DD`). */
export function codesOn(info: BoundaryInfo, date: string): Set<number> {
  const years = [...info.codesByYear.keys()].sort((a, b) => a - b);
  const base = years.filter((y) => `${y}-01-01` <= date).pop() ?? years[0];
  const codes = new Set(info.codesByYear.get(base ?? 0) ?? []);
  const baseDate = `${base}-01-01`;
  const [from, to] = baseDate <= date ? [baseDate, date] : [date, baseDate];
  for (const [changeDate, oldCode, newCode] of info.changes) {
    if (changeDate > from && changeDate <= to) {
      if (baseDate <= date) {
        codes.delete(oldCode);
        codes.add(newCode);
      } else {
        codes.delete(newCode);
        codes.add(oldCode);
      }
    }
  }
  return codes;
}

/** Reference years from the year of `date` on whose boundaries for `code` equal those on `date`. */
export function yearsWithSameBoundaries(info: BoundaryInfo, code: number, date: string): number[] {
  return [...info.codesByYear.entries()]
    .filter(([year, codes]) => {
      if (!codes.has(code) || year < Number(date.slice(0, 4))) return false;
      const refDate = `${year}-01-01`;
      const [from, to] = refDate <= date ? [refDate, date] : [date, refDate];
      return !info.changes.some(([d, oldCode, newCode]) => d > from && d <= to && (oldCode === code || newCode === code));
    })
    .map(([year]) => year)
    .sort((a, b) => a - b);
}


/** How the values of an import are written: percentages (12.3) or fractions (0.123). */
export type ShareUnit = 'percent' | 'fraction';

/** What the person importing a file states about it; never read from the file's free text. */
export interface ShareImportOptions {
  /** The citation, one line, e.g. "CBS (2024), maatwerktabel 2024/27, doelgroepkinderen per gemeente". */
  readonly citation: string;
  /** Who published the figures, e.g. "CBS". */
  readonly publisher: string;
  /** Licence of the figures, e.g. "CC BY 4.0", when known. */
  readonly licence?: string;
  /** Default `percent`. */
  readonly unit?: ShareUnit;
  /** Peildatum for every row, when the file has no column `peildatum`. */
  readonly referenceDate?: string;
}

/** Column layout of `inputs/target-group-share.csv`, which the import writes and the generator reads. */
export const storedColumns = ['gemeentecode', 'percentage', 'peildatum', 'bron', 'uitgever', 'licentie'] as const;

/** Checks a one-line text given on the command line; returns it trimmed, or a problem. */
export function oneLine(value: unknown, name: string, max: number, required: boolean): { value: string | null; problem?: string } {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return required ? { value: null, problem: `${name} is required: state it with --${name} "..." (one line)` } : { value: null };
  }
  if (typeof value !== 'string') return { value: null, problem: `${name} must be text` };
  const text = value.trim();
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(text)) return { value: null, problem: `${name} must be one line, without line breaks or tabs` };
  if (text.length > max) return { value: null, problem: `${name} is longer than ${max} characters` };
  if (!/\p{L}/u.test(text)) return { value: null, problem: `${name} "${text}" has no letters` };
  return { value: text };
}

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function place(cell: TableCell | undefined, fallback: string, column: string): string {
  const where = cell?.where ?? fallback;
  return `${where.charAt(0).toUpperCase()}${where.slice(1)} (${column})`;
}

function numberIn(cell: TableCell): { value: number; percentSign: boolean } | undefined {
  if (cell.number !== undefined) return { value: cell.number, percentSign: false };
  const match = /^(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(cell.text.trim());
  return match?.[1] ? { value: Number(match[1].replace(',', '.')), percentSign: match[2] === '%' } : undefined;
}

/**
 * Validates the table of a share file: a header row with `gemeentecode`, `percentage` (or a column whose
 * title starts with `aandeel`) and, unless `referenceDate` is given, `peildatum`; below it one row per
 * municipality, up to the first empty row (notes may follow it). Throws {@link ShareImportError} naming the
 * line (or cell) and column of every problem.
 */
export function parseShareTable(table: ShareTable, info: BoundaryInfo, options: ShareImportOptions): ShareRow[] {
  const problems: string[] = [];
  const citation = oneLine(options.citation, 'citation', 200, true);
  const publisher = oneLine(options.publisher, 'publisher', 100, true);
  const licence = oneLine(options.licence, 'licence', 50, false);
  for (const checked of [citation, publisher, licence]) if (checked.problem) problems.push(`${checked.problem}.`);
  const unit = options.unit ?? 'percent';
  if (unit !== 'percent' && unit !== 'fraction') problems.push(`--unit must be "percent" or "fraction", got "${String(unit)}".`);
  if (options.referenceDate !== undefined && !isCalendarDate(options.referenceDate)) {
    problems.push(`--reference-date "${options.referenceDate}" is not a date written as YYYY-MM-DD.`);
  }
  const headerIndex = table.findIndex((row) => row.some((cell) => fold(cell.text) === 'gemeentecode'));
  const header = table[headerIndex] ?? [];
  const find = (test: (title: string) => boolean) => header.findIndex((cell) => test(fold(cell.text)));
  const codeColumn = find((t) => t === 'gemeentecode');
  const valueColumn = find((t) => t === 'percentage' || t.startsWith('aandeel'));
  const dateColumn = find((t) => t === 'peildatum');
  const sourceColumn = find((t) => t === 'bron');
  if (headerIndex < 0) problems.push('No header row with a column "gemeentecode": the table needs the columns gemeentecode and percentage (or aandeel ...).');
  else {
    if (valueColumn < 0) problems.push(`${place(header[0], '', 'header')}: no column "percentage" or "aandeel ..." in the header row.`);
    if (dateColumn < 0 && options.referenceDate === undefined) problems.push(`${place(header[0], '', 'header')}: no column "peildatum"; add it or pass --reference-date YYYY-MM-DD.`);
    if (sourceColumn >= 0) problems.push(`${place(header[sourceColumn], '', 'bron')}: give the citation once with --citation "..." (one line); a citation per row is not read.`);
  }
  if (problems.length > 0) throw new ShareImportError(problems);

  const rows: Array<ShareRow & { valueCell: TableCell }> = [];
  const firstLine = new Map<number, string>();
  let end: string | undefined;
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index] ?? [];
    const codeCell = cells[codeColumn];
    if (cells.length === 0) {
      end ??= `line ${index + 1}`;
      continue;
    }
    const rawCode = (codeCell?.text ?? '').trim().toUpperCase();
    if (end !== undefined) {
      // Notes may follow the table; a municipality there would be lost, so refuse it.
      if (/^GM\d{4}$/.test(rawCode)) problems.push(`${place(codeCell, '', 'gemeentecode')}: ${rawCode} comes after the empty row that ends the table; remove the empty row.`);
      continue;
    }
    const where = (column: number, name: string) => place(cells[column], `row ${index + 1}, column ${column + 1}`, name);
    const rowProblems: string[] = [];
    const codeMatch = /^GM(\d{4})$/.exec(rawCode);
    const code = codeMatch ? Number(codeMatch[1]) : undefined;
    if (code === undefined) rowProblems.push(`${where(codeColumn, 'gemeentecode')}: "${codeCell?.text ?? ''}" is not a code such as GM0756.`);
    const valueCell = cells[valueColumn];
    const parsed = valueCell ? numberIn(valueCell) : undefined;
    let value = Number.NaN;
    if (!valueCell || !parsed) rowProblems.push(`${where(valueColumn, 'percentage')}: "${valueCell?.text ?? ''}" is not a number such as 12.4.`);
    else if (valueCell.percentFormat && unit !== 'fraction') {
      rowProblems.push(`${where(valueColumn, 'percentage')}: the cell shows ${parsed.value} as a percentage, so it holds a fraction; pass --unit fraction.`);
    } else if (unit === 'fraction' && !parsed.percentSign) {
      if (parsed.value < 0 || parsed.value > 1) rowProblems.push(`${where(valueColumn, 'percentage')}: ${valueCell.text} is outside 0-1, the range of a fraction.`);
      else value = Math.round(parsed.value * 100 * 1e9) / 1e9;
    } else if (parsed.value < 0 || parsed.value > 100) {
      rowProblems.push(`${where(valueColumn, 'percentage')}: ${valueCell.text} is outside 0-100.`);
    } else value = parsed.value;
    const dateCell = dateColumn >= 0 ? cells[dateColumn] : undefined;
    const date = dateCell ? dateCell.text.trim() : (options.referenceDate ?? '');
    const dateOk = isCalendarDate(date);
    if (!dateOk) rowProblems.push(`${where(dateColumn, 'peildatum')}: "${date}" is not a date written as YYYY-MM-DD.`);
    else if (date < earliestDate) rowProblems.push(`${where(dateColumn, 'peildatum')}: ${date} is before ${earliestDate}; boundaries before 2019 are not in this package.`);
    else if (code !== undefined && !codesOn(info, date).has(code)) {
      rowProblems.push(`${where(codeColumn, 'gemeentecode')}: ${rawCode} is not a municipality on ${date}.`);
    }
    if (code !== undefined) {
      const previous = firstLine.get(code);
      if (previous !== undefined) rowProblems.push(`${where(codeColumn, 'gemeentecode')}: ${rawCode} already appears at ${previous}.`);
      else firstLine.set(code, codeCell?.where ?? `row ${index + 1}`);
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && code !== undefined) {
      rows.push({ code, value, referenceDate: date, source: citation.value ?? '', publisher: publisher.value ?? '', licence: licence.value, valueCell: valueCell as TableCell });
    }
  }
  if (problems.length === 0 && rows.length === 0) problems.push('The table has no rows below its header.');
  const first = rows[0];
  if (problems.length === 0 && unit === 'percent' && first && rows.every((row) => row.value <= 1)) {
    problems.push(
      `${place(first.valueCell, '', 'percentage')}: every value is at most 1 (this one is ${first.valueCell.text}), so they look like fractions (0.123 for 12.3 %). ` +
        'Give percentages, or pass --unit fraction to read them as fractions.',
    );
  }
  if (problems.length > 0) throw new ShareImportError(problems);
  return rows.map(({ valueCell: _cell, ...row }) => row).sort((a, b) => a.code - b.code);
}

/** Reads `inputs/target-group-share.csv` as the import wrote it; an empty file (header only) gives `[]`. */
export function readStoredShares(table: ShareTable, info: BoundaryInfo): ShareRow[] {
  const [header = [], ...body] = table;
  if (header.map((cell) => cell.text).join(',') !== storedColumns.join(',')) {
    throw new ShareImportError([`Line 1: the header must be "${storedColumns.join(',')}"; write this file with the import command.`]);
  }
  const groups = new Map<string, TableCell[][]>();
  for (const cells of body) {
    if (cells.length === 0) continue;
    const key = JSON.stringify(cells.slice(3).map((cell) => cell.text));
    groups.set(key, [...(groups.get(key) ?? []), [...cells]]);
  }
  return [...groups.values()]
    .flatMap((rows) => {
      const [citation = '', publisher = '', licence = ''] = (rows[0] ?? []).slice(3).map((cell) => cell.text);
      const table: TableCell[][] = [header.slice(0, 3), ...rows.map((cells) => cells.slice(0, 3))];
      return parseShareTable(table, info, { citation, publisher, ...(licence ? { licence } : {}) });
    })
    .sort((a, b) => a.code - b.code);
}

/** Writes rows in the layout the generator reads (`,`, decimal point, sorted by code). */
export function formatShareFile(rows: readonly ShareRow[]): string {
  const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((row) =>
    [`GM${String(row.code).padStart(4, '0')}`, String(row.value), row.referenceDate, row.source, row.publisher, row.licence ?? ''].map(quote).join(','),
  );
  return `${storedColumns.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
}
