import { strFromU8, unzipSync } from 'fflate';

/** A lenient CSV reader: quotes toggle quoting (`""` inside quotes is a quote), `sep` splits cells, line breaks rows. */
export function readQuoted(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A naive CSV reader that knows nothing of quotes: every line break ends a row, every `sep` a cell. */
export function readNaively(text: string, sep: string): string[][] {
  return text.split(/\r\n|\n|\r/).map((line) => line.split(sep));
}

/** Whether a spreadsheet would run this cell as a formula: a formula start followed by a non-space. */
export function isFormula(cell: string): boolean {
  return /^[=+\-@]\S/.test(cell);
}

/** Every cell of a CSV text as read by quote-aware and naive readers, split on `;` and on `,`. */
export function cellsAsSpreadsheetsReadThem(text: string): string[] {
  const cells: string[] = [];
  for (const sep of [';', ',']) {
    for (const row of readQuoted(text, sep)) cells.push(...row);
    // A naive reader may also drop the quote a cell starts with.
    for (const row of readNaively(text, sep)) for (const cell of row) cells.push(cell, cell.replace(/^"/, ''));
  }
  return cells;
}

/** The worksheet XML and shared strings of an XLSX file. */
export function readXlsx(file: Uint8Array): { sheet: string; strings: string[] } {
  const files = unzipSync(file);
  const sheetName = Object.keys(files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  if (!sheetName) throw new Error('no worksheet in the file');
  const sheet = strFromU8(files[sheetName] as Uint8Array);
  const shared = files['xl/sharedStrings.xml'];
  const unescape = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const strings = shared
    ? [...strFromU8(shared).matchAll(/<si>(?:<t[^>]*>([\s\S]*?)<\/t>)?<\/si>/g)].map((m) => unescape(m[1] ?? ''))
    : [];
  const inline = [...sheet.matchAll(/<is><t[^>]*>([\s\S]*?)<\/t><\/is>/g)].map((m) => unescape(m[1] ?? ''));
  return { sheet, strings: [...strings, ...inline] };
}
