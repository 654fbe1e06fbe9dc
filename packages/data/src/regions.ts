/**
 * Regions a provider groups municipalities by (arbeidsmarktregio, COROP, GGD, jeugdzorgregio), with size
 * class and urbanity, from "Gebieden in Nederland" (`@npo-gemeenten/data/regions`).
 *
 * @packageDocumentation
 */
import { parseCode } from './codes.js';
import { DataQueryError } from './errors.js';
import { regions2022 } from './generated/regions-2022.js';
import { regions2024 } from './generated/regions-2024.js';
import type { EncodedRegions, RegionKind } from './regions-types.js';
import type { SourceRef } from './types.js';
import { type ReferenceYear, latestYear, referenceYears } from './years.js';

/** A region: CBS code and name (for size class and urbanity: code and description). */
export interface Region {
  /** CBS code, e.g. `CR15` or `GG1911`. */
  readonly code: string;
  /** Name or description. */
  readonly name: string;
}

/** Regions of one municipality. */
export interface MunicipalityRegions {
  /** CBS code of the municipality. */
  readonly code: string;
  /** The reference year asked for. */
  readonly year: ReferenceYear;
  /**
   * Date of the classification the regions come from. For 2023 and 2025 this is 1 January 2024: the
   * municipal boundaries are the same, but a region may have been drawn differently in those years.
   */
  readonly referenceDate: string;
  /** The "Gebieden in Nederland" table. */
  readonly source: SourceRef;
  /** Arbeidsmarktregio. */
  readonly labourMarketRegion: Region;
  /** COROP-gebied. */
  readonly corop: Region;
  /** GGD-regio. */
  readonly ggd: Region;
  /** Jeugdregio (jeugdzorgregio). */
  readonly youthCareRegion: Region;
  /** Gemeentegrootteklasse; `null` unless the classification is of the year asked for (2022, 2024). */
  readonly sizeClass: Region | null;
  /** Stedelijkheid; `null` unless the classification is of the year asked for (2022, 2024). */
  readonly urbanity: Region | null;
}

/** Which classification serves a year: the same year, or a year with identical municipal boundaries. */
const tableFor: Readonly<Record<number, EncodedRegions | undefined>> = {
  2022: regions2022,
  2023: regions2024,
  2024: regions2024,
  2025: regions2024,
};

function pick(table: EncodedRegions, kind: RegionKind, position: number): Region {
  const entry = table.kinds[kind];
  const value = entry.values[entry.index[position] ?? -1];
  return { code: value?.[0] ?? '', name: value?.[1] ?? '' };
}

/**
 * Regions of the municipality with this code in a reference year (default 2025). Returns `null` when the
 * package has no classification for that year (2020, 2021) or the code is not a municipality of that year
 * (resolve former codes with `getMunicipality` first).
 *
 * @throws {@link DataQueryError} when `code` is not a string or the year is not one of the reference years.
 */
export function getRegions(code: string, options?: { readonly year?: ReferenceYear }): MunicipalityRegions | null {
  if (typeof code !== 'string') {
    throw new DataQueryError('invalid-query', `getRegions: code must be a string such as "GM0756", got ${typeof code}.`);
  }
  const year = options?.year ?? latestYear;
  if (!(referenceYears as readonly unknown[]).includes(year)) {
    throw new DataQueryError('invalid-year', `getRegions: year ${String(year)} is not available; use one of ${referenceYears.join(', ')}.`);
  }
  const table = tableFor[year];
  const number = parseCode(code);
  if (!table || number === undefined) return null;
  const position = table.codes.indexOf(number);
  if (position < 0) return null;
  const sameYear = table.year === year;
  return {
    code: code.trim().toUpperCase(),
    year,
    referenceDate: table.referenceDate,
    source: table.source,
    labourMarketRegion: pick(table, 'labourMarketRegion', position),
    corop: pick(table, 'corop', position),
    ggd: pick(table, 'ggd', position),
    youthCareRegion: pick(table, 'youthCareRegion', position),
    sizeClass: sameYear ? pick(table, 'sizeClass', position) : null,
    urbanity: sameYear ? pick(table, 'urbanity', position) : null,
  };
}

export { DataQueryError } from './errors.js';
export type { SourceRef } from './types.js';
export type { ReferenceYear } from './years.js';
