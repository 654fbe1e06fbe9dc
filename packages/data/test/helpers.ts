import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDelimiter, parseCsv } from '../scripts/lib/csv.js';

export const testDir = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(testDir, '..');
export const inputsDir = join(packageDir, 'inputs');
export const crossCheckDir = join(testDir, 'fixtures', 'cross-check');
/**
 * The raw files beside the repository (`../shared/data/raw`). Files under a non-commercial licence are read from
 * there only, never copied into this repository; tests that need them are skipped where the folder is absent.
 */
export const rawDir = join(packageDir, '..', '..', '..', 'shared', 'data', 'raw');
export const hasRawDir = existsSync(join(rawDir, 'SOURCES.md'));

/** Reads a CSV with its own delimiter. */
export function csv(path: string): ReturnType<typeof parseCsv>['rows'] {
  const text = readFileSync(path, 'utf8');
  return parseCsv(text, detectDelimiter(text)).rows;
}
