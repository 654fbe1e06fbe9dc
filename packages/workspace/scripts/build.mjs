// Builds dist/: index.html, app.css, app.js (the entry) and chunks/ (the views and figures that load
// on first use: the dashboard with the boundaries, the municipality search, the English texts).
// Everything is bundled (lit, core, data), so the intake serves these files and nothing else, and
// the page loads nothing from a third party. temp/sizes.json records what each file weighs.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { app: 'src/app.ts' },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  metafile: true,
  logLevel: 'error',
});

await copyFile(join(root, 'src/index.html'), join(dist, 'index.html'));
await copyFile(join(root, 'src/app.css'), join(dist, 'app.css'));
await copyFile(join(root, 'src/favicon.svg'), join(dist, 'favicon.svg'));

/** Bytes and gzipped bytes of every file in dist/, for the docs and the bench. */
async function sizes(dir, prefix = '') {
  const out = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, await sizes(join(dir, entry.name), `${path}/`));
    else {
      const body = await readFile(join(dir, entry.name));
      out[path] = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }
  }
  return out;
}

/** Minified bytes each library contributes, from esbuild's metafile. */
function libraries(metafile) {
  const byLibrary = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      // node_modules/<name>/..., ../<sibling package>/dist/..., or this package's src/.
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)|^\.\.\/([^/.][^/]*)\//.exec(input);
      const name = match?.[1] ?? (match?.[2] ? `@npo-gemeenten/${match[2]}` : '@npo-gemeenten/workspace (own code)');
      byLibrary[name] = (byLibrary[name] ?? 0) + bytesInOutput;
    }
  }
  return byLibrary;
}

await mkdir(join(root, 'temp'), { recursive: true });
await writeFile(
  join(root, 'temp/sizes.json'),
  `${JSON.stringify({ files: await sizes(dist), librariesMinified: libraries(result.metafile) }, null, 2)}\n`,
);
