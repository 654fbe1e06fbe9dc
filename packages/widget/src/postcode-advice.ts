import type { DataModule } from './domain-types.js';

/**
 * The advice for a postcode-shaped query ("1234 AB"): the data has no postcodes, so search finds nothing and
 * the visitor is asked for the municipality's name instead of being told only that nothing was found. `null`
 * for any other query, or while the data loads.
 */
export function postcodeAdvice(data: DataModule | null, query: string, advice: string): string | null {
  return data?.looksLikePostcode(query) ? advice : null;
}
