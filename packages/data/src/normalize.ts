/** Longest query or name accepted; longer input gives no result. */
export const maxQueryLength = 100;

/**
 * Folds a name for comparison: case, accents, apostrophes and punctuation are ignored, so
 * "'s-Hertogenbosch", "s hertogenbosch" and "S-HERTOGENBOSCH" are equal.
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`\u00b4]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
