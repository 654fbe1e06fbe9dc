// The self-contained build's file names that hosts may write into their pages (relative to dist/),
// and the hints they may add, shared by the build, its tests and the bench (and safe in a browser).

/** The file for `<script type="module" src>`. */
export const entryFile = 'npo-gemeentecheck.js';

/** The municipality data: the only chunk the first step needs, requested when the element connects. */
export const dataChunk = 'chunks/npo-gemeentecheck.data.js';

/**
 * Chunks with a name that never changes, by the module the element imports dynamically: a host can
 * preload the data chunk (`<link rel="modulepreload">`), and the school hint keeps the name it has.
 * Every other chunk is named after its module plus a content hash.
 */
export const stableChunks = {
  '@npo-gemeenten/data/latest': dataChunk,
  './school-score.js': 'chunks/school-hint.js',
};

/**
 * What the host writes into `<head>`: nothing but the script, `<link rel="modulepreload">` for
 * the entry and the data chunk, or those with `fetchpriority="high"` as well.
 * @typedef {'plain' | 'modulepreload' | 'modulepreload-fetchpriority'} PageHints
 */
/** @type {readonly PageHints[]} */
export const pageHints = ['plain', 'modulepreload', 'modulepreload-fetchpriority'];
