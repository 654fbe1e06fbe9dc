import { parseCode } from './codes.js';
import { type DatasetParts, decodeYear, type YearData } from './dataset.js';
import { DataQueryError } from './errors.js';
import { maxQueryLength } from './normalize.js';
import { resolveCode } from './resolve.js';
import { buildIndex, searchIndex } from './search.js';
import type { Municipality, SearchHit, SearchOptions, YearOptions } from './types.js';
import type { ReferenceYear } from './years.js';

const defaultLimit = 10;
const maxLimit = 400;

/** The query functions bound to a set of years. */
export interface DataApi {
  listMunicipalities(options?: YearOptions): Municipality[];
  getMunicipality(codeOrName: string, options?: YearOptions): Municipality | undefined;
  searchMunicipalities(query: string, options?: SearchOptions): SearchHit[];
}

/** Builds the query functions over `parts`; `defaultYear` is used when a call names no year. */
export function createDataApi(parts: DatasetParts, defaultYear: ReferenceYear): DataApi {
  const decoded = new Map<number, YearData>();
  const indexes = new Map<number, ReturnType<typeof buildIndex>>();
  const available = parts.years.map((y) => y.year);

  function options(value: unknown, fn: string): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new DataQueryError('invalid-option', `${fn}: options must be an object, got ${typeof value}.`);
    }
    return value as Record<string, unknown>;
  }

  function yearData(value: unknown, fn: string): YearData {
    const year = value === undefined ? defaultYear : value;
    const encoded = parts.years.find((y) => y.year === year);
    if (!encoded) {
      throw new DataQueryError(
        'invalid-year',
        `${fn}: year ${String(year)} is not available here; use one of ${available.join(', ')}.`,
      );
    }
    let data = decoded.get(encoded.year);
    if (!data) {
      data = decodeYear(parts, encoded);
      decoded.set(encoded.year, data);
    }
    return data;
  }

  function text(value: unknown, fn: string, what: string): string | undefined {
    if (typeof value !== 'string') {
      throw new DataQueryError('invalid-query', `${fn}: ${what} must be a string, got ${typeof value}.`);
    }
    const trimmed = value.trim();
    return trimmed === '' || trimmed.length > maxQueryLength ? undefined : trimmed;
  }

  function byName(data: YearData, name: string): Municipality | undefined {
    const exact = searchIndex(indexFor(data), name, maxLimit).filter((hit) => hit.matchKind === 'exact');
    const official = exact.filter((hit) => hit.formerName === undefined);
    // An ambiguous name (e.g. "Bergen" for Bergen (L.) and Bergen (NH.)) names no single municipality.
    if (official.length > 0) return official.length === 1 ? official[0]?.municipality : undefined;
    // A former name: every hit is a successor of the same former municipality (several after a split).
    const formers = new Set(exact.map((hit) => hit.municipality.resolvedFrom?.code));
    const [former] = formers;
    return formers.size === 1 && former ? resolveCode(parts, data, parseCode(former) ?? -1) : undefined;
  }

  function indexFor(data: YearData): ReturnType<typeof buildIndex> {
    let index = indexes.get(data.year);
    if (!index) {
      index = buildIndex(parts, data);
      indexes.set(data.year, index);
    }
    return index;
  }

  return {
    listMunicipalities(opts) {
      const data = yearData(options(opts, 'listMunicipalities').year, 'listMunicipalities');
      return [...data.list];
    },
    getMunicipality(codeOrName, opts) {
      const data = yearData(options(opts, 'getMunicipality').year, 'getMunicipality');
      const value = text(codeOrName, 'getMunicipality', 'the code or name');
      if (value === undefined) return undefined;
      const code = parseCode(value);
      return code === undefined ? byName(data, value) : resolveCode(parts, data, code);
    },
    searchMunicipalities(query, opts) {
      const o = options(opts, 'searchMunicipalities');
      const data = yearData(o.year, 'searchMunicipalities');
      const limit = o.limit === undefined ? defaultLimit : o.limit;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
        throw new DataQueryError('invalid-option', `searchMunicipalities: limit must be a whole number 1-${maxLimit}, got ${String(limit)}.`);
      }
      const value = text(query, 'searchMunicipalities', 'the query');
      return value === undefined ? [] : searchIndex(indexFor(data), value, limit);
    },
  };
}
