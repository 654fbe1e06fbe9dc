import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { exportHeader, exportRow } from './export-rows.js';
import type { StoredSupportRequest } from './store/types.js';

// XML 1.0 cannot hold these; texts stored before core refused them are shown with a replacement character.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

function textCell(value: string) {
  // Every cell is a string cell: a spreadsheet never evaluates one, whatever it starts with.
  return { value: value.replace(notXml, '\uFFFD'), type: String };
}

/** The XLSX export (one sheet, a header row and one row per request, oldest first), every cell text. */
export async function xlsxExport(records: AsyncIterable<StoredSupportRequest>): Promise<Buffer> {
  const rows: Row[] = [exportHeader.map((name) => ({ ...textCell(name), fontWeight: 'bold' as const }))];
  for await (const record of records) rows.push(exportRow(record).map(textCell));
  return writeXlsxFile(rows, { sheet: 'Aanvragen' }).toBuffer();
}
