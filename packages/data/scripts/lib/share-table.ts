// Reads the cells of a share file, CSV (csv-parse) or Excel (exceljs, as CBS ships its maatwerk files), each
// cell with the place a person finds it at: "line 4, column 2" in a CSV file, "sheet Tabel 1, cell C7" in Excel.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ShareImportError } from './share-errors.js';

/** One cell, as text, with its number when the spreadsheet stored one. */
export interface TableCell {
  readonly text: string;
  /** A number stored as a number (Excel); `undefined` for text. */
  readonly number?: number;
  /** True when Excel shows the number as a percentage: it then holds a fraction (0.123 shown as 12.3 %). */
  readonly percentFormat?: boolean;
  /** Where the cell is: `line 4, column 2` or `sheet "Tabel 1", cell C7`. */
  readonly where: string;
}

/** The rows of a file, each a list of cells; empty rows kept (they end a table in a CBS workbook). */
export type ShareTable = ReadonlyArray<readonly TableCell[]>;

function detectDelimiter(firstLine: string): string {
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Reads CSV text; refuses an unclosed or stray quote with the line and column where it starts. */
export function readCsvTable(text: string): ShareTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(source.split(/\r?\n/, 1)[0] ?? '');
  let lastLine = 0;
  let records: string[][];
  try {
    records = parse(source, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      // Remembers where the last complete record ended, to say where a broken one starts.
      on_record: (record: string[], context: { lines: number }) => {
        lastLine = context.lines;
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      const column = Number((error as { column?: unknown }).column ?? 0) + 1;
      const line = lastLine + 1;
      const problem =
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `Line ${line}, column ${column}: a quote opens here and is never closed, so everything after it would be read as one value. Close the quote or remove it.`
          : error.code === 'CSV_INVALID_CLOSING_QUOTE'
            ? `Line ${line}, column ${column}: a quoted value is followed by more text before the next "${delimiter}". Put the whole value inside the quotes.`
            : `Line ${Number(error.lines ?? line)}: the file is not valid CSV (${error.message}).`;
      throw new ShareImportError([problem]);
    }
    throw error;
  }
  return records.map((cells, row) =>
    cells.length === 1 && cells[0] === '' ? [] : cells.map((text, column) => ({ text, where: `line ${row + 1}, column ${column + 1}` })),
  );
}

function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function cellText(value: ExcelJS.CellValue): { text: string; number?: number } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return { text: String(value.text) };
  return { text: '' };
}

/** Reads one sheet of an Excel workbook (the first, or `sheet` by name). */
export async function readExcelTable(file: string, sheet?: string): Promise<ShareTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new ShareImportError([`${file} is not an Excel workbook (.xlsx) that can be read: ${error instanceof Error ? error.message : String(error)}.`]);
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new ShareImportError([`The workbook has no sheet ${sheet === undefined ? '' : `"${sheet}"`}; its sheets are ${names || 'none'}.`]);
  }
  const rows: TableCell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    const cells: TableCell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.getCell(c);
      const { text, number } = cellText(cell.value);
      const where = `sheet "${worksheet.name}", cell ${columnLetter(c)}${r}`;
      cells.push({ text, where, ...(number === undefined ? {} : { number, percentFormat: /%/.test(cell.numFmt ?? '') }) });
    }
    rows.push(cells.every((cell) => cell.text.trim() === '') ? [] : cells);
  }
  return rows;
}

/** Reads a `.xlsx` workbook or a CSV file. */
export async function readShareTable(file: string, sheet?: string): Promise<ShareTable> {
  if (extname(file).toLowerCase() === '.xlsx') return readExcelTable(file, sheet);
  if (sheet !== undefined) throw new ShareImportError(['--sheet applies to an Excel workbook (.xlsx) only.']);
  return readCsvTable(readFileSync(file, 'utf8'));
}
