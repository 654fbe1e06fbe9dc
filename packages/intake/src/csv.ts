/**
 * A formula start (`= + - @`) followed by a non-space character (or ending the cell, where a naive reader
 * would see the closing quote next), at the start of a cell or right after a separator a spreadsheet
 * might split on (`;` in Dutch Excel, `,`, tab, line break).
 */
const formulaStart = /(^|[;,\t\r\n])([=+\-@])(?=\S|$)/g;

/**
 * One CSV cell for Dutch Excel and any other reader: every formula start gets a leading `'` (so no
 * split of the cell can yield a formula; a `- ` bullet stays as it is), and the cell is always quoted,
 * with quotes doubled (RFC 4180).
 * @public
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(formulaStart, "$1'$2").replace(/"/g, '""')}"`;
}

/** One `;`-separated CSV record terminated by CRLF. */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(';')}\r\n`;
}
