import { aliases, provinceWords } from './aliases.js';
import { formatCode } from './codes.js';
import type { DatasetParts, YearData } from './dataset.js';
import { boundedDistance } from './distance.js';
import { normalizeName } from './normalize.js';
import { cleanQuery, isPostcode, queryWords } from './query.js';
import { resolveAll, resolveCode } from './resolve.js';
import type { MatchKind, Municipality, SearchHit } from './types.js';

/** Where a name in the index comes from; lower wins when one municipality matches through several. */
const enum Origin {
  Official = 0,
  Alias = 1,
  Former = 2,
}

interface IndexEntry {
  readonly key: string;
  /** `key` after a space, so a word start is found with one `includes`. */
  readonly spaced: string;
  readonly compact: string;
  /** Letters a-z present in the first 1, 2, ... characters of `compact`, one bit each: a quick typo filter. */
  readonly letters: Int32Array;
  readonly matchedName: string;
  readonly municipality: Municipality;
  readonly formerName?: string;
  /** Folded name of the municipality, for ordering hits. */
  readonly sortKey: string;
  readonly origin: Origin;
  /** 1 for a split's successors other than the one that took the seat, which comes first. */
  readonly tieBreak: number;
}

/** The names of one reference year, ready to search. */
export interface SearchIndex {
  readonly entries: readonly IndexEntry[];
  readonly year: YearData;
  readonly resolve: (code: number) => Municipality | undefined;
  readonly provinceCodes: readonly string[];
}

const matchKinds: readonly MatchKind[] = ['exact', 'prefix', 'word-prefix', 'substring', 'typo', 'code'];
const typoRank = 4;
const codeRank = 5;

function entry(name: string, key: string, municipality: Municipality, origin: Origin, formerName?: string, tieBreak = 0): IndexEntry {
  const compact = key.replace(/ /g, '');
  const base = {
    key,
    spaced: ` ${key}`,
    compact,
    letters: letterMasks(compact),
    matchedName: name,
    municipality,
    origin,
    tieBreak,
    sortKey: normalizeName(municipality.name),
  };
  return formerName === undefined ? base : { ...base, formerName };
}

function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
}

function letterMasks(compact: string): Int32Array {
  const masks = new Int32Array(Math.max(compact.length, 1));
  let mask = 0;
  for (let i = 0; i < compact.length; i += 1) masks[i] = mask |= letterBit(compact.charCodeAt(i));
  return masks;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Official names (and the plain form of a suffixed name, "Hengelo"), aliases and former names of one year. */
export function buildIndex(parts: DatasetParts, year: YearData): SearchIndex {
  const entries: IndexEntry[] = [];
  for (const municipality of year.list) {
    const key = normalizeName(municipality.name);
    entries.push(entry(municipality.name, key, municipality, Origin.Official));
    const plain = municipality.name.replace(/\s*\([^)]*\)\s*$/, '');
    if (plain !== municipality.name) entries.push(entry(plain, normalizeName(plain), municipality, Origin.Official));
  }
  for (const [alias, code] of aliases) {
    const municipality = year.byCode.get(code);
    if (municipality) entries.push(entry(alias, normalizeName(alias), municipality, Origin.Alias));
  }
  const formerCodes = new Set(
    parts.mergers.filter((row) => row[0] <= year.referenceDate && !year.byCode.has(row[1])).map((row) => row[1]),
  );
  for (const code of formerCodes) {
    const target = resolveCode(parts, year, code)?.code;
    for (const municipality of resolveAll(parts, year, code)) {
      const formerName = municipality.resolvedFrom?.name ?? '';
      const tieBreak = municipality.code === target ? 0 : 1;
      entries.push(entry(formerName, normalizeName(formerName), municipality, Origin.Former, formerName, tieBreak));
    }
  }
  return {
    entries,
    year,
    resolve: (code) => resolveCode(parts, year, code),
    provinceCodes: parts.provinces.map((p) => p.code),
  };
}

/** Exact, prefix, word-prefix, then substring (current names only); -1 for none of these. */
function rank(item: IndexEntry, query: string, compact: string, spacedQuery: string): number {
  if (item.key === query || item.compact === compact) return 0;
  if (item.key.startsWith(query) || item.compact.startsWith(compact)) return 1;
  if (item.spaced.includes(spacedQuery)) return 2;
  // A substring of a former name ("ede" in "Haarlemmerliede") would lead to a municipality of another name.
  if (item.origin === Origin.Official && (item.key.includes(query) || item.compact.includes(compact))) return 3;
  return -1;
}

/** Typing errors allowed for a query of this many letters: 1 from 4, 2 from 8. */
export function allowedTypos(letters: number): number {
  return letters >= 8 ? 2 : letters >= 4 ? 1 : 0;
}

interface Scored {
  readonly entry: IndexEntry;
  readonly rank: number;
  readonly distance: number;
  /** For typos: how much longer the name is than the query; a whole-name near miss beats a start of a long name. */
  readonly gap: number;
}

function better(a: Scored, b: Scored): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.gap !== b.gap) return a.gap < b.gap;
  return a.entry.origin < b.entry.origin;
}

/** Best match per municipality for a folded query, optionally within one province. */
function score(index: SearchIndex, query: string, limit: number, province?: string): Map<string, Scored> {
  const compact = query.replace(/ /g, '');
  const best = new Map<string, Scored>();
  const keep = (item: IndexEntry, r: number, distance: number) => {
    const code = item.municipality.code;
    const candidate = { entry: item, rank: r, distance, gap: r === typoRank ? Math.abs(item.compact.length - compact.length) : 0 };
    const previous = best.get(code);
    if (!previous || better(candidate, previous)) best.set(code, candidate);
  };
  const inProvince = (item: IndexEntry) => province === undefined || item.municipality.province?.code === province;
  const spacedQuery = ` ${query}`;
  for (const item of index.entries) {
    if (!inProvince(item)) continue;
    const r = rank(item, query, compact, spacedQuery);
    if (r >= 0) keep(item, r, 0);
  }
  const typos = allowedTypos(compact.length);
  // Typo tolerance only when no name is or starts with the query: "Vaals" should not also offer Aalsmeer.
  const named = [...best.values()].some((hit) => hit.rank <= 1);
  if (typos > 0 && !named && best.size < limit) {
    const wanted = letterMasks(compact)[compact.length - 1] ?? 0;
    for (const item of index.entries) {
      // Each letter of the query missing from the start of the name costs at least one edit.
      const seen = item.letters[Math.min(compact.length + typos, item.letters.length) - 1] ?? 0;
      if (bitCount(wanted & ~seen) > typos) continue;
      if (!inProvince(item) || best.has(item.municipality.code)) continue;
      const distance = boundedDistance(compact, item.compact, typos);
      if (distance <= typos) keep(item, typoRank, distance);
    }
  }
  return best;
}

function order(a: Scored, b: Scored): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.distance !== b.distance) return a.distance - b.distance;
  if (a.gap !== b.gap) return a.gap - b.gap;
  if (a.entry.tieBreak !== b.entry.tieBreak) return a.entry.tieBreak - b.entry.tieBreak;
  if (a.entry.sortKey !== b.entry.sortKey) return a.entry.sortKey < b.entry.sortKey ? -1 : 1;
  return a.entry.municipality.code < b.entry.municipality.code ? -1 : 1;
}

function toHit({ entry: item, rank: r }: Scored): SearchHit {
  const hit = { municipality: item.municipality, matchedName: item.matchedName, matchKind: matchKinds[r] ?? 'typo' };
  return item.formerName === undefined ? hit : { ...hit, formerName: item.formerName };
}

/** A query such as "GM0756" or "gm 07": the municipality with that code, or those whose code starts so. */
function byCode(index: SearchIndex, query: string, limit: number): SearchHit[] | undefined {
  const match = /^gm ?(\d{1,4})$/i.exec(query.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1];
  if (digits.length === 4) {
    const found = index.resolve(Number(digits));
    return found ? [{ municipality: found, matchedName: formatCode(Number(digits)), matchKind: 'code' }] : [];
  }
  return index.year.list
    .filter((m) => m.code.slice(2).startsWith(digits))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .slice(0, limit)
    .map((m): SearchHit => ({ municipality: m, matchedName: m.code, matchKind: 'code' }));
}

/** A trailing province word ("Bergen Limburg"): the rest of the query and the province's code. */
function provinceSuffix(index: SearchIndex, words: readonly string[]): { rest: string; province: string } | undefined {
  for (const size of [2, 1]) {
    if (words.length <= size) continue;
    const province = provinceWords.get(words.slice(-size).join(' '));
    const code = province === undefined ? undefined : index.provinceCodes[province];
    if (code !== undefined) return { rest: words.slice(0, -size).join(' '), province: code };
  }
  return undefined;
}

/**
 * Ranks exact > prefix > word-prefix > substring > typo, then by name; one hit per municipality. A CBS code finds
 * its municipality, a trailing province word narrows the search, and a postcode-shaped query finds nothing.
 */
export function searchIndex(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const cleaned = cleanQuery(query);
  if (isPostcode(cleaned)) return [];
  const coded = byCode(index, cleaned, limit);
  if (coded) return coded;
  const words = queryWords(cleaned);
  if (words.length === 0) return [];
  const whole = score(index, words.join(' '), limit);
  // "Midden-Drenthe" ends in a province word too: the whole query wins when it names a municipality.
  const narrowed = [...whole.values()].some((hit) => hit.rank === 0) ? undefined : provinceSuffix(index, words);
  const within = narrowed && score(index, narrowed.rest, limit, narrowed.province);
  const hits = within && within.size > 0 ? within : whole;
  return [...hits.values()].sort(order).slice(0, limit).map(toHit);
}
