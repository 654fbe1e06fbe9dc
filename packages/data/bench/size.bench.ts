import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entries = ['latest', '2024', 'index', 'regions', 'school-hint'];

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
if (existsSync(join(dist, 'latest.js'))) {
  for (const entry of entries) {
    const code = await minified(entry);
    console.log(`@npo-gemeenten/data/${entry}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B min+gz`);
  }
} else {
  console.log('dist/ is missing: run `npm run build` before the size bench.');
}

describe('bundle', () => {
  bench('esbuild bundle of dist/latest.js', async () => {
    if (existsSync(join(dist, 'latest.js'))) await minified('latest');
  }, { iterations: 5 });
});
