/**
 * CBS figures for Dutch municipalities (gemeenten), 1 January 2020-2025, each year in its own boundaries: codes, names, provinces, inhabitants, mergers and search. Figures: CC BY 4.0, Bron: CBS.
 *
 * @packageDocumentation
 */
import { createDataApi } from './api.js';
import { year2020 } from './generated/year-2020.js';
import { year2021 } from './generated/year-2021.js';
import { year2022 } from './generated/year-2022.js';
import { year2023 } from './generated/year-2023.js';
import { year2024 } from './generated/year-2024.js';
import { year2025 } from './generated/year-2025.js';
import { partsFor } from './parts.js';
import type { Municipality, SearchHit, SearchOptions, YearOptions } from './types.js';

const api = /* @__PURE__ */ createDataApi(partsFor([year2020, year2021, year2022, year2023, year2024, year2025]), 2025);

/**
 * All municipalities of a reference year (default 2025), sorted by name.
 *
 * @throws {@link DataQueryError} for a year this entry point does not hold.
 */
export function listMunicipalities(options?: YearOptions): Municipality[] {
  return api.listMunicipalities(options);
}

/**
 * The municipality with this CBS code (`GM0756`) or name (case, accents and punctuation ignored; "Hengelo" and
 * "Hengelo (O.)", "Utrecht (gemeente)", "Bergen Limburg") in a reference year (default 2025). A former code or
 * name resolves to its successor, with `resolvedFrom`; a split resolves to the successor that took the former
 * seat (`resolvedFrom.seat`, with the law) and lists all in `resolvedFrom.successors`. Returns `undefined` for an
 * empty, too long, ambiguous or unknown code or name.
 *
 * @throws {@link DataQueryError} when `codeOrName` is not a string or the year is not held here.
 */
export function getMunicipality(codeOrName: string, options?: YearOptions): Municipality | undefined {
  return api.getMunicipality(codeOrName, options);
}

/**
 * Finds municipalities by official name, common alias ("Den Bosch"), Frisian or English name ("Ljouwert",
 * "The Hague"), former name or CBS code, ignoring case, accents, hyphens, apostrophes, HTML tags and emoji.
 * Ranks exact, prefix, word-prefix, substring (current names only), then names within one typing error (from 4
 * letters) or two (from 8), then by name; one hit per municipality. A trailing province word narrows the search
 * ("Bergen Limburg"). An empty, too long (over 100 characters) or postcode-shaped query gives `[]`
 * (see {@link looksLikePostcode}).
 *
 * @throws {@link DataQueryError} when `query` is not a string, the limit is not 1-400 or the year is not held here.
 */
export function searchMunicipalities(query: string, options?: SearchOptions): SearchHit[] {
  return api.searchMunicipalities(query, options);
}

export * from './entry-shared.js';
export { getRegions, type MunicipalityRegions, type Region } from './regions.js';
export {
  schoolDisadvantageHint,
  schoolDisadvantageScore,
  type LocalizedText,
  type SchoolDisadvantageHint,
  type SchoolDisadvantageScore,
} from './school-hint.js';
