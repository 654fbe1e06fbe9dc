/**
 * CBS figures of the municipalities on 1 January 2023 only (`@npo-gemeenten/data/2023`).
 *
 * @packageDocumentation
 */
import { createDataApi } from './api.js';
import { year2023 } from './generated/year-2023.js';
import { partsFor } from './parts.js';
import type { Municipality, SearchHit, SearchOptions, YearOptions } from './types.js';

const api = /* @__PURE__ */ createDataApi(partsFor([year2023]), 2023);

/**
 * All municipalities of a reference year (default 2023), sorted by name.
 *
 * @throws {@link DataQueryError} for a year this entry point does not hold.
 */
export function listMunicipalities(options?: YearOptions): Municipality[] {
  return api.listMunicipalities(options);
}

/**
 * The municipality with this CBS code (`GM0756`) or name (case, accents and punctuation ignored) in a reference
 * year (default 2023). A former code or name resolves to its successor, with `resolvedFrom`; a split resolves to
 * the first successor in code order and lists all in `resolvedFrom.successors`. Returns `undefined` for an
 * empty, too long or unknown code or name.
 *
 * @throws {@link DataQueryError} when `codeOrName` is not a string or the year is not held here.
 */
export function getMunicipality(codeOrName: string, options?: YearOptions): Municipality | undefined {
  return api.getMunicipality(codeOrName, options);
}

/**
 * Finds municipalities by official name, common alias ("Den Bosch") or former name, ignoring case, accents,
 * hyphens and apostrophes. Ranks exact, prefix, word-prefix, substring, then by name; one hit per
 * municipality. An empty or too long (over 100 characters) query gives `[]`.
 *
 * @throws {@link DataQueryError} when `query` is not a string, the limit is not 1-400 or the year is not held here.
 */
export function searchMunicipalities(query: string, options?: SearchOptions): SearchHit[] {
  return api.searchMunicipalities(query, options);
}

export { toEligibilityInput } from './eligibility.js';
export { DataQueryError, type DataQueryErrorCode } from './errors.js';
export { datasetInfo } from './generated/dataset-info.js';
export { normalizeName } from './normalize.js';
export type {
  DatasetInfo,
  DatasetSource,
  FormerMunicipality,
  MatchKind,
  MergerKind,
  Municipality,
  Province,
  ResolvedFrom,
  SearchHit,
  SearchOptions,
  SourceRef,
  TargetGroupShare,
  YearOptions,
} from './types.js';
export { latestYear, type ReferenceYear, referenceYears } from './years.js';
