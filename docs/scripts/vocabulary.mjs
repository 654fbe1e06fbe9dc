// The vocabulary check: every collected text (scripts/texts.mjs) against the banned terms of
// docs/vocabulary.json, per language. A finding names the package, key, language and term.
import { readFileSync } from 'node:fs';

export const vocabularyFile = new URL('../vocabulary.json', import.meta.url);
const languages = ['nl', 'en'];

/** Reads docs/vocabulary.json; an entry without term, preferred or why, or with a bad pattern, is an error. */
export function loadVocabulary(file = vocabularyFile) {
  return compileVocabulary(JSON.parse(readFileSync(file, 'utf8')));
}

/** Checks the vocabulary's shape and compiles each banned entry to a regular expression (`entry.regex`). */
export function compileVocabulary(vocabulary) {
  const banned = {};
  for (const lang of languages) {
    const entries = vocabulary.banned?.[lang];
    if (!Array.isArray(entries)) throw new Error(`vocabulary: "banned.${lang}" must be a list of entries`);
    banned[lang] = entries.map((entry, i) => {
      for (const field of ['term', 'preferred', 'why']) {
        if (typeof entry[field] !== 'string' || entry[field].trim() === '') {
          throw new Error(`vocabulary: banned.${lang}[${i}] needs a non-empty "${field}"`);
        }
      }
      const source = entry.pattern ?? `(?<![\\p{L}\\p{N}])${entry.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      let regex;
      try {
        regex = new RegExp(source, entry.caseSensitive ? 'u' : 'iu');
      } catch (error) {
        throw new Error(`vocabulary: banned.${lang}[${i}] ("${entry.term}") has a pattern that is not a regular expression: ${error.message}`);
      }
      return { ...entry, regex };
    });
  }
  return { ...vocabulary, banned };
}

/**
 * Every use of a banned term in `texts` (`{ package, key, args?, nl, en }`): one finding per text,
 * language and term, with the words found.
 */
export function findBannedTerms(texts, vocabulary) {
  const findings = [];
  for (const text of texts) {
    for (const lang of languages) {
      const value = text[lang];
      if (typeof value !== 'string') continue;
      for (const entry of vocabulary.banned[lang]) {
        const match = value.match(entry.regex);
        if (match) findings.push({ package: text.package, key: text.key, args: text.args, lang, term: entry.term, found: match[0], preferred: entry.preferred, why: entry.why });
      }
    }
  }
  return findings;
}

/** One line per finding, saying what to write instead. */
export function formatFinding(f) {
  return `${f.package} ${f.key}${f.args ? ` (${f.args})` : ''} [${f.lang}]: "${f.found}" is the banned term "${f.term}"; write ${f.preferred}. ${f.why}`;
}
