import { normalizeName } from './normalize.js';

const postcodePattern = /^[1-9][0-9]{3} ?([a-z]{2})?$/i;

/**
 * True when a search query has the shape of a Dutch postcode ("1234", "1234 AB", "1234AB"). Search gives `[]`
 * for it: the package holds no postcode table, so a form should ask for the municipality's name instead.
 */
export function looksLikePostcode(query: string): boolean {
  return typeof query === 'string' && isPostcode(cleanQuery(query));
}

/** The same for a query already passed through {@link cleanQuery}. */
export function isPostcode(cleaned: string): boolean {
  return postcodePattern.test(cleaned.trim());
}

// Most queries are plain letters: skip the replacements below for them (search runs on every keystroke).
const needsCleaning = /[<&\u200d\u20e3\ufe0e\ufe0f\u2190-\u2bff]|[\ud800-\udfff]/;

/** Removes HTML tags, character references and emoji, which pasted text or autofill can bring along. */
export function cleanQuery(query: string): string {
  if (!needsCleaning.test(query)) return query;
  return query
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
    .replace(/\p{Extended_Pictographic}|[\u200d\ufe0e\ufe0f\u20e3]|[\u{1f1e6}-\u{1f1ff}]|[\u{1f3fb}-\u{1f3ff}]/gu, ' ');
}

/** Words people add that are no part of a name: CBS web labels say "Utrecht (gemeente)". */
const noiseWords = new Set(['gemeente', 'gem']);

/** Folded words of a cleaned query, without noise words (unless nothing else is left). */
export function queryWords(cleaned: string): string[] {
  const words = normalizeName(cleaned).split(' ').filter(Boolean);
  const kept = words.filter((word) => !noiseWords.has(word));
  return kept.length > 0 ? kept : words;
}
