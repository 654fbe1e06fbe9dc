import { formatCode } from './codes.js';
import { type DatasetParts, mergerKinds, type YearData } from './dataset.js';
import type { EncodedMerger } from './encoded.js';
import type { Municipality, ResolvedFrom, SplitSeat } from './types.js';

/** Merger rows that ended `code` on or before the year's reference date. */
function endingRows(parts: DatasetParts, code: number, referenceDate: string): EncodedMerger[] {
  return parts.mergers.filter((row) => row[1] === code && row[0] <= referenceDate);
}

function collectSuccessors(
  parts: DatasetParts,
  year: YearData,
  code: number,
  seen: Set<number>,
  out: Map<number, Municipality>,
): void {
  if (seen.has(code)) return;
  seen.add(code);
  const current = year.byCode.get(code);
  if (current) {
    out.set(code, current);
    return;
  }
  // Follows chains (a successor that later merged again) up to the requested year.
  for (const row of endingRows(parts, code, year.referenceDate)) {
    collectSuccessors(parts, year, row[3], seen, out);
  }
}

/** Every municipality of `year` that holds (part of) `code`, in code order. */
function successorsIn(parts: DatasetParts, year: YearData, code: number): Municipality[] {
  const found = new Map<number, Municipality>();
  collectSuccessors(parts, year, code, new Set(), found);
  return [...found.keys()].sort((a, b) => a - b).map((key) => found.get(key) as Municipality);
}

function seatOf(parts: DatasetParts, code: number, rows: readonly EncodedMerger[]): SplitSeat | undefined {
  const seat = parts.splitSeats.find((row) => row[0] === code);
  if (!seat || !rows.some((row) => row[3] === seat[2])) return undefined;
  return { seat: seat[1], code: formatCode(seat[2]), name: seat[3], law: seat[4], url: seat[5] };
}

/**
 * The municipality of `year` that holds `code`: the municipality itself, or, for a former municipality,
 * its successor with `resolvedFrom`. A split resolves to the successor that took the former seat.
 */
export function resolveCode(parts: DatasetParts, year: YearData, code: number): Municipality | undefined {
  const current = year.byCode.get(code);
  if (current) return current;
  const rows = endingRows(parts, code, year.referenceDate);
  const first = rows[0];
  if (!first) return undefined;
  const ordered = successorsIn(parts, year, code);
  const seat = seatOf(parts, code, rows);
  // The seat's successor may itself have merged later: follow it to the requested year.
  const target = (seat && successorsIn(parts, year, Number(seat.code.slice(2)))[0]) ?? ordered[0];
  if (!target) return undefined;
  const resolvedFrom: ResolvedFrom = {
    code: formatCode(code),
    name: first[2],
    date: first[0],
    kind: mergerKinds[first[4]] ?? 'merger',
    successors: ordered.map((m) => ({ code: m.code, name: m.name })),
    ...(seat ? { seat } : {}),
    source: parts.mergerSource,
  };
  return Object.freeze({ ...target, resolvedFrom });
}

/** Every successor of a former municipality in `year`, each with `resolvedFrom` (for search). */
export function resolveAll(parts: DatasetParts, year: YearData, code: number): Municipality[] {
  const first = resolveCode(parts, year, code);
  if (!first?.resolvedFrom) return first ? [first] : [];
  const resolvedFrom = first.resolvedFrom;
  return resolvedFrom.successors.map((successor) => {
    const municipality = year.byCode.get(Number(successor.code.slice(2))) as Municipality;
    return Object.freeze({ ...municipality, resolvedFrom });
  });
}
