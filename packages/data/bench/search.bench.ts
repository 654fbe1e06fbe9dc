import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import { getMunicipality, listMunicipalities, searchMunicipalities } from '../src/index.js';
import * as latest from '../src/generated/entry-latest.js';

const names = listMunicipalities().map((m) => m.name);
// Every keystroke of typing each name (prefixes of 1 letter up to the whole name), a typing error in each name
// (two letters swapped in the middle), and the names as CBS's web labels or with a province word.
const typed = names.flatMap((n) => Array.from({ length: n.length }, (_, i) => n.slice(0, i + 1)));
const swapped = names.map((n) => {
  const i = Math.floor(n.length / 2);
  return n.slice(0, i - 1) + (n[i] ?? '') + (n[i - 1] ?? '') + n.slice(i + 1);
});
const queries = [
  ...typed,
  ...swapped,
  ...names.map((n) => `${n} (gemeente)`),
  'bergen limburg',
  'den bosch',
  'ljouwert',
  'sudwest friesland',
  'amsterdm',
  'leeuwaarden',
  'GM0363',
  '1234 AB',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

// Latency per query over every name (full name, 3-letter prefix, folded form), after warm-up.
searchMunicipalities('warm-up');
for (const q of queries) searchMunicipalities(q);
const samples = queries.map((query) => {
  const runs: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    searchMunicipalities(query);
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[7] ?? 0;
});
samples.sort((a, b) => a - b);
console.log(
  `searchMunicipalities over ${queries.length} queries (every keystroke of all ${names.length} names, typos, labels): ` +
    `median ${(percentile(samples, 0.5) * 1000).toFixed(1)} µs, p99 ${(percentile(samples, 0.99) * 1000).toFixed(1)} µs, ` +
    `max ${(percentile(samples, 1) * 1000).toFixed(1)} µs`,
);

// Picked up by bench/write-figures.mjs after the run, for the table of all packages.
const latencyNote = `${queries.length} queries (every keystroke of every name, a typo per name, web labels), median of 15 runs each`;
mkdirSync(new URL('../temp/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../temp/bench-search-latency.json', import.meta.url),
  JSON.stringify(
    (['median', 'p99', 'max'] as const).map((name, i) => ({
      group: 'search latency',
      name: `searchMunicipalities per keystroke, ${name}`,
      value: Number((percentile(samples, [0.5, 0.99, 1][i] ?? 1) * 1000).toFixed(1)),
      unit: 'µs',
      note: latencyNote,
    })),
    null,
    2,
  ),
);

describe('search', () => {
  let index = 0;
  bench('searchMunicipalities, each name in turn', () => {
    searchMunicipalities(queries[index++ % queries.length] ?? '');
  });
  bench('searchMunicipalities("sudwest")', () => {
    searchMunicipalities('sudwest');
  });
  bench('searchMunicipalities("a") (many substring hits)', () => {
    searchMunicipalities('a', { limit: 400 });
  });
  bench('getMunicipality("GM0756") (former code)', () => {
    getMunicipality('GM0756');
  });
  bench('latest: searchMunicipalities("den haag")', () => {
    latest.searchMunicipalities('den haag');
  });
});
