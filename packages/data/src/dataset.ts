import { formatCode } from './codes.js';
import type { EncodedMerger, EncodedShare, EncodedSplitSeat, EncodedYear } from './encoded.js';
import { normalizeName } from './normalize.js';
import type { FormerMunicipality, MergerKind, Municipality, Province, SourceRef, TargetGroupShare } from './types.js';
import type { ReferenceYear } from './years.js';

/** Index = encoded kind (0 samenvoeging, 1 toevoeging, 2 opsplitsing). */
export const mergerKinds: readonly MergerKind[] = ['merger', 'addition', 'split'];

/** Everything needed to decode one or more years. */
export interface DatasetParts {
  readonly years: readonly EncodedYear[];
  readonly provinces: readonly Province[];
  readonly mergers: readonly EncodedMerger[];
  /** Where the herindelingen come from. */
  readonly mergerSource: SourceRef;
  /** The successor that took the seat of each split municipality. */
  readonly splitSeats: readonly EncodedSplitSeat[];
  /** Population table per reference year, for the inhabitants of former municipalities. */
  readonly populationSources: Readonly<Record<number, SourceRef>>;
  readonly shares: readonly EncodedShare[];
}

/** A decoded reference year. */
export interface YearData {
  readonly year: ReferenceYear;
  readonly referenceDate: string;
  /** Sorted by name. */
  readonly list: readonly Municipality[];
  readonly byCode: ReadonlyMap<number, Municipality>;
}

function referenceDateOf(year: number): string {
  return `${year}-01-01`;
}

function decodeMergedFrom(parts: DatasetParts, code: number, referenceDate: string): FormerMunicipality[] {
  return parts.mergers
    .filter((row) => row[3] === code && row[0] <= referenceDate)
    .map((row): FormerMunicipality => {
      const known = row[5] >= 0;
      return {
        code: formatCode(row[1]),
        name: row[2],
        inhabitants: known ? row[5] : null,
        inhabitantsReferenceDate: known ? referenceDateOf(row[6]) : null,
        inhabitantsSource: known ? (parts.populationSources[row[6]] ?? null) : null,
        date: row[0],
        kind: mergerKinds[row[4]] ?? 'merger',
        source: parts.mergerSource,
      };
    });
}

function decodeShare(parts: DatasetParts, code: number, year: number): TargetGroupShare | null {
  const row = parts.shares.find((share) => share[0] === code && share[4].includes(year));
  return row ? { value: row[1], referenceDate: row[2], source: row[3] } : null;
}

/** Decodes one encoded year into frozen municipality objects. */
export function decodeYear(parts: DatasetParts, encoded: EncodedYear): YearData {
  const names = encoded.names.split('|');
  const counts = encoded.inhabitants.split(',');
  let previous = 0;
  const codes = encoded.codes.split(',').map((delta) => (previous += parseInt(delta, 36)));
  const byCode = new Map<number, Municipality>();
  const list = codes.map((code, index) => {
    const count = counts[index];
    // Frozen: every caller shares these objects.
    const municipality: Municipality = Object.freeze({
      code: formatCode(code),
      name: names[index] ?? '',
      province: parts.provinces[encoded.provinces.charCodeAt(index) - 97] ?? null,
      year: encoded.year,
      inhabitants: count ? parseInt(count, 36) : null,
      referenceDate: encoded.referenceDate,
      source: encoded.source,
      classification: encoded.classification,
      mergedFrom: decodeMergedFrom(parts, code, encoded.referenceDate),
      targetGroupShare: decodeShare(parts, code, encoded.year),
    });
    byCode.set(code, municipality);
    return municipality;
  });
  const sortKeys = new Map(list.map((m) => [m, normalizeName(m.name)]));
  list.sort((a, b) => {
    const ka = sortKeys.get(a) ?? '';
    const kb = sortKeys.get(b) ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a.code < b.code ? -1 : 1;
  });
  return { year: encoded.year, referenceDate: encoded.referenceDate, list, byCode };
}
