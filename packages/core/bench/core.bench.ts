import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { measureBundleCost } from '../scripts/bundle-cost.js';
import { evaluateEligibility, exampleSupportRequest, parseSupportRequest, readSupportRequest } from '../src/index.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const catalogueDist = fileURLToPath(new URL('../dist/catalogue.js', import.meta.url));
const measured: Array<[readonly string[], string, string]> = [
  [['evaluateEligibility'], dist, ''],
  [['parseSupportRequest'], dist, ''],
  [['evaluateEligibility', 'parseSupportRequest'], dist, ''],
  [['evaluateUnderCurrentPolicy', 'readSupportRequest'], dist, ' (zod-free)'],
  [['catalogue', 'canTransition'], dist, ''],
  [['catalogue', 'canTransition', 'findEntry', 'isFinalState', 'supportTypeIds'], catalogueDist, ' (from @npo-gemeenten/core/catalogue)'],
];
const bundleFigures: Array<{ group: string; name: string; value: number; unit: string; note: string }> = [];
for (const [names, entry, note] of measured) {
  const cost = await measureBundleCost(names, entry);
  console.log(`bundle cost of ${names.join(' + ')}${note}: ${cost.minifiedBytes} B minified, ${cost.gzippedBytes} B min+gz`);
  // The catalogue entry imports every name it has; listing them all makes the row too long.
  const what = entry === catalogueDist ? `@npo-gemeenten/core/catalogue, all ${names.length} exports` : names.join(' + ');
  const how = 'esbuild, named imports from dist';
  bundleFigures.push({ group: 'bundle cost', name: `${what}, minified`, value: cost.minifiedBytes, unit: 'B', note: how });
  bundleFigures.push({ group: 'bundle cost', name: `${what}, min+gz`, value: cost.gzippedBytes, unit: 'B', note: `${how}, gzip -9` });
}
// Picked up by bench/write-figures.mjs after the run, for the table of all packages.
mkdirSync(new URL('../temp/', import.meta.url), { recursive: true });
writeFileSync(new URL('../temp/bench-bundle-cost.json', import.meta.url), JSON.stringify(bundleFigures, null, 2));

const inputs = [
  { inhabitants: 31419, targetGroupShare: 12.1, capacityShortfall: 'yes' as const, provenance: { inhabitants: { referenceDate: '2024-01-01', source: 'CBS, Gebieden in Nederland 2024' } } },
  { inhabitants: 43000, coronaImpact: 'unknown' as const },
  {},
];
const invalidRequest = { ...exampleSupportRequest, contact: { name: '', role: 'x', email: 'nope' }, question: 'kort' };

describe('eligibility', () => {
  let i = 0;
  bench('evaluateEligibility', () => {
    evaluateEligibility(inputs[i++ % inputs.length]!);
  });
});

describe('support request', () => {
  bench('parseSupportRequest (valid)', () => {
    parseSupportRequest(exampleSupportRequest);
  });
  bench('parseSupportRequest (invalid, 4 field errors)', () => {
    parseSupportRequest(invalidRequest);
  });
  bench('readSupportRequest, zod-free (valid)', () => {
    readSupportRequest(exampleSupportRequest);
  });
  bench('readSupportRequest, zod-free (invalid, 4 field errors)', () => {
    readSupportRequest(invalidRequest);
  });
});
