import { aliases } from './aliases.js';
import type { DatasetParts, YearData } from './dataset.js';
import { normalizeName } from './normalize.js';
import { resolveAll } from './resolve.js';
import type { MatchKind, Municipality, SearchHit } from './types.js';

interface IndexEntry {
  readonly key: string;
  readonly compact: string;
  readonly matchedName: string;
  readonly municipality: Municipality;
  readonly formerName?: string;
  /** Folded name of the municipality, for ordering hits. */
  readonly sortKey: string;
  /** Lower wins when one municipality matches through several names: official, alias, former. */
  readonly origin: number;
}

const matchKinds: readonly MatchKind[] = ['exact', 'prefix', 'word-prefix', 'substring'];

function entry(
  name: string,
  key: string,
  municipality: Municipality,
  origin: number,
  formerName?: string,
): IndexEntry {
  const base = { key, compact: key.replace(/ /g, ''), matchedName: name, municipality, origin, sortKey: normalizeName(municipality.name) };
  return formerName === undefined ? base : { ...base, formerName };
}

/** Official names (with and without a suffix such as "(L.)"), aliases and former names of one year. */
export function buildIndex(parts: DatasetParts, year: YearData): readonly IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const municipality of year.list) {
    const key = normalizeName(municipality.name);
    entries.push(entry(municipality.name, key, municipality, 0));
    const short = normalizeName(municipality.name.replace(/\s*\([^)]*\)\s*$/, ''));
    if (short !== key) entries.push(entry(municipality.name, short, municipality, 0));
  }
  for (const [alias, code] of aliases) {
    const municipality = year.byCode.get(code);
    if (municipality) entries.push(entry(alias, normalizeName(alias), municipality, 1));
  }
  const formerCodes = new Set(
    parts.mergers.filter((row) => row[0] <= year.referenceDate && !year.byCode.has(row[1])).map((row) => row[1]),
  );
  for (const code of formerCodes) {
    for (const municipality of resolveAll(parts, year, code)) {
      const formerName = municipality.resolvedFrom?.name ?? '';
      entries.push(entry(formerName, normalizeName(formerName), municipality, 2, formerName));
    }
  }
  return entries;
}

function rank(entry: IndexEntry, query: string, compactQuery: string): number {
  if (entry.key === query || entry.compact === compactQuery) return 0;
  if (entry.key.startsWith(query) || entry.compact.startsWith(compactQuery)) return 1;
  if (` ${entry.key}`.includes(` ${query}`)) return 2;
  if (entry.key.includes(query) || entry.compact.includes(compactQuery)) return 3;
  return -1;
}

/** Ranks exact > prefix > word-prefix > substring, then by name; one hit per municipality. */
export function searchIndex(index: readonly IndexEntry[], query: string, limit: number): SearchHit[] {
  const normalized = normalizeName(query);
  if (normalized === '') return [];
  const compact = normalized.replace(/ /g, '');
  const best = new Map<string, { entry: IndexEntry; rank: number }>();
  for (const item of index) {
    const r = rank(item, normalized, compact);
    if (r < 0) continue;
    const code = item.municipality.code;
    const previous = best.get(code);
    if (!previous || r < previous.rank || (r === previous.rank && item.origin < previous.entry.origin)) {
      best.set(code, { entry: item, rank: r });
    }
  }
  return [...best.values()]
    .sort((a, b) =>
      a.rank !== b.rank
        ? a.rank - b.rank
        : a.entry.sortKey !== b.entry.sortKey
          ? a.entry.sortKey < b.entry.sortKey
            ? -1
            : 1
          : a.entry.municipality.code < b.entry.municipality.code
            ? -1
            : 1,
    )
    .slice(0, limit)
    .map(({ entry: item, rank: r }): SearchHit => {
      const hit = { municipality: item.municipality, matchedName: item.matchedName, matchKind: matchKinds[r] ?? 'substring' };
      return item.formerName === undefined ? hit : { ...hit, formerName: item.formerName };
    });
}
