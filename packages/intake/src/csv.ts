/** Characters that make a spreadsheet treat a cell as a formula (or that hide a leading one). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell: neutralised against formula injection (leading `= + - @ TAB CR` gets a `'`), then quoted
 * per RFC 4180 when it holds a comma, quote, CR or LF.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** One CSV record terminated by CRLF (RFC 4180). */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
