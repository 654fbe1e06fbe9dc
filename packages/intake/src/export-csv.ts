import { csvRow } from './csv.js';
import { exportHeader, exportRow } from './export-rows.js';
import type { StoredSupportRequest } from './store/types.js';

/**
 * The CSV export as a byte stream: UTF-8 with a byte order mark (so Excel reads accents correctly),
 * `;`-separated (what Dutch Excel splits on), every cell quoted and formula-safe, CRLF line ends, one row
 * per request, oldest first.
 */
export function csvExport(records: AsyncIterable<StoredSupportRequest>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(exportHeader)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRow(exportRow(next.value))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
