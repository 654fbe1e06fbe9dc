/**
 * Renders the entry point of one reference year (`@npo-gemeenten/data/2024`) or of the latest year
 * (`@npo-gemeenten/data/latest`). Generated, so every year's entry has the same shape and a new year
 * needs no hand-written module.
 */
export function renderEntry(header: string, year: number, latest: boolean): string {
  const summary = latest
    ? `The latest complete year (1 January ${year}) only, small enough to load lazily in a widget (\`@npo-gemeenten/data/latest\`).`
    : `CBS figures of the municipalities on 1 January ${year} only (\`@npo-gemeenten/data/${year}\`).`;
  return `${header}/**
 * ${summary}
 *
 * @packageDocumentation
 */
import { createDataApi } from '../api.js';
import type { Municipality, SearchHit, SearchOptions, YearOptions } from '../types.js';
import { partsFor } from '../parts.js';
import { year${year} } from './year-${year}.js';

const api = /* @__PURE__ */ createDataApi(partsFor([year${year}]), ${year});

/**
 * All municipalities on 1 January ${year}, sorted by name.
 *
 * @throws {@link DataQueryError} for a year this entry point does not hold.
 */
export function listMunicipalities(options?: YearOptions): Municipality[] {
  return api.listMunicipalities(options);
}

/**
 * The municipality with this CBS code (\`GM0756\`) or name on 1 January ${year}; a former code or name resolves to
 * its successor, with \`resolvedFrom\`. Returns \`undefined\` for an empty, too long or unknown code or name.
 *
 * @throws {@link DataQueryError} when \`codeOrName\` is not a string or the year is not held here.
 */
export function getMunicipality(codeOrName: string, options?: YearOptions): Municipality | undefined {
  return api.getMunicipality(codeOrName, options);
}

/**
 * Finds municipalities of 1 January ${year} by name, alias or former name; see the main entry point.
 *
 * @throws {@link DataQueryError} when \`query\` is not a string, the limit is not 1-400 or the year is not held here.
 */
export function searchMunicipalities(query: string, options?: SearchOptions): SearchHit[] {
  return api.searchMunicipalities(query, options);
}

export * from '../entry-shared.js';
`;
}
