import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entries = ['latest', '2024', 'index', 'regions', 'school-hint', 'indicators', 'geo'];

async function minified(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(dist, `${entry}.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

// Module sizes (esbuild minified, gzip level 9) of the built entry points; run `npm run build` first.
const sizeFigures: Array<{ group: string; name: string; value: number; unit: string; note: string }> = [];
if (existsSync(join(dist, 'latest.js'))) {
  for (const entry of entries) {
    const code = await minified(entry);
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`@npo-gemeenten/data/${entry}: ${code.length} B minified, ${gzipped} B min+gz`);
    const name = `@npo-gemeenten/data/${entry}`;
    sizeFigures.push({ group: 'module size', name: `${name}, minified`, value: code.length, unit: 'B', note: 'esbuild bundle of dist' });
    sizeFigures.push({ group: 'module size', name: `${name}, min+gz`, value: gzipped, unit: 'B', note: 'esbuild bundle of dist, gzip -9' });
  }
} else {
  console.log('dist/ is missing: run `npm run build` before the size bench.');
}
// Picked up by bench/write-figures.mjs (an empty list when dist/ was missing, so no old sizes remain).
mkdirSync(join(dist, '..', 'temp'), { recursive: true });
writeFileSync(join(dist, '..', 'temp', 'bench-module-size.json'), JSON.stringify(sizeFigures, null, 2));

describe('bundle', () => {
  bench('esbuild bundle of dist/latest.js', async () => {
    if (existsSync(join(dist, 'latest.js'))) await minified('latest');
  }, { iterations: 5 });
});
