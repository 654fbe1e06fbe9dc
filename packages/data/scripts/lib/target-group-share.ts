import { detectDelimiter, parseCsvCells } from './csv.js';

/** Column layout of the import file (documented in docs/data.md). */
export const shareColumns = ['gemeentecode', 'percentage', 'peildatum', 'bron'] as const;

export interface ShareRow {
  readonly code: number;
  readonly value: number;
  readonly referenceDate: string;
  readonly source: string;
  /** Publisher as stated by whoever imported the file; never read from the citation. */
  readonly publisher?: string | null;
  /** Licence as stated, when known. */
  readonly licence?: string | null;
  /** Line in the file (the header is line 1). */
  readonly line: number;
}

/** What the validator needs to know about municipal boundaries. */
export interface BoundaryInfo {
  /** Codes per reference year (1 January). */
  readonly codesByYear: ReadonlyMap<number, ReadonlySet<number>>;
  /** [date, oldCode, newCode] of every herindeling. */
  readonly changes: ReadonlyArray<readonly [date: string, oldCode: number, newCode: number]>;
}

/** Raised with every problem found in an import file, one per line of the message. */
export class ShareImportError extends Error {
  override readonly name = 'ShareImportError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The file was not imported; fix these rows:\n${problems.join('\n')}`);
    this.problems = problems;
  }
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

/**
 * Parses and validates a share-of-doelgroepkinderen file: `gemeentecode, percentage, peildatum, bron`,
 * separated by `,` or `;`, decimal point or comma. Throws {@link ShareImportError} naming every bad row.
 */
export function parseShareFile(text: string, info: BoundaryInfo, options: { allowEmpty?: boolean } = {}): ShareRow[] {
  const delimiter = detectDelimiter(text);
  const [header = [], ...body] = parseCsvCells(text, delimiter);
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.join(',') !== shareColumns.join(',')) {
    throw new ShareImportError([
      `Line 1: the header must be "${shareColumns.join(delimiter)}", found "${header.join(delimiter)}".`,
    ]);
  }
  const problems: string[] = [];
  const rows: ShareRow[] = [];
  const firstLine = new Map<number, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    const [rawCode = '', rawValue = '', rawDate = '', rawSource = ''] = cells.map((c) => c.trim());
    const rowProblems: string[] = [];
    if (cells.length !== shareColumns.length) rowProblems.push(`expected ${shareColumns.length} columns, found ${cells.length}`);
    const codeMatch = /^GM(\d{4})$/.exec(rawCode);
    const code = codeMatch ? Number(codeMatch[1]) : undefined;
    if (code === undefined) rowProblems.push(`gemeentecode "${rawCode}" is not a code such as GM0756`);
    const normalizedValue = rawValue.replace(',', '.');
    const value = /^\d+(\.\d+)?$/.test(normalizedValue) ? Number(normalizedValue) : Number.NaN;
    if (Number.isNaN(value)) rowProblems.push(`percentage "${rawValue}" is not a number such as 12.4`);
    else if (value < 0 || value > 100) rowProblems.push(`percentage ${rawValue} is outside 0-100`);
    const dateOk = isCalendarDate(rawDate);
    if (!dateOk) rowProblems.push(`peildatum "${rawDate}" is not a date written as YYYY-MM-DD`);
    else if (rawDate < earliestDate) rowProblems.push(`peildatum ${rawDate} is before ${earliestDate}; boundaries before 2019 are not in this package`);
    if (rawSource === '') rowProblems.push('bron is empty; name the CBS file, e.g. "CBS maatwerk 2024/27"');
    else if (rawSource.length > 200) rowProblems.push('bron is longer than 200 characters');
    if (code !== undefined && dateOk && rawDate >= earliestDate && !codesOn(info, rawDate).has(code)) {
      rowProblems.push(`gemeentecode ${rawCode} is not a municipality on ${rawDate}`);
    }
    if (code !== undefined) {
      const previous = firstLine.get(code);
      if (previous !== undefined) rowProblems.push(`gemeentecode ${rawCode} already appears on line ${previous}`);
      else firstLine.set(code, line);
    }
    if (rowProblems.length > 0) problems.push(`Line ${line}: ${rowProblems.join('; ')}.`);
    else if (code !== undefined) rows.push({ code, value, referenceDate: rawDate, source: rawSource, line });
  });
  if (body.length === 0 && options.allowEmpty !== true) problems.push('Line 2: the file has no data rows.');
  if (problems.length > 0) throw new ShareImportError(problems);
  return rows.sort((a, b) => a.code - b.code);
}

/** Writes rows in the normalized layout the generator reads (`,`, decimal point, sorted by code). */
export function formatShareFile(rows: readonly ShareRow[]): string {
  const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map(
    (row) => `GM${String(row.code).padStart(4, '0')},${row.value},${row.referenceDate},${quote(row.source)}`,
  );
  return `${shareColumns.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
}
