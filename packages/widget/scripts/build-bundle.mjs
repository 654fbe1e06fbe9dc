// Builds dist/npo-gemeentecheck.js: one file for <script type="module" src>, with lit and
// the element inlined, and core, data, the school hint and the English texts split off into
// chunks (dist/chunks/) that load on first use.
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schoolHintFile = 'chunks/school-hint.js';

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'error',
};

// The school hint is built on its own: sharing modules with the data chunk would make esbuild
// split out a common chunk, and the first load would then fetch (and gzip) one file more.
const schoolHintSeparately = {
  name: 'school-hint-separately',
  setup(b) {
    b.onResolve({ filter: /^@npo-gemeenten\/data\/school-hint$/ }, () => ({ path: `./${schoolHintFile}`, external: true }));
  },
};

await rm(new URL('../dist/chunks/', import.meta.url), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { 'npo-gemeentecheck': 'src/define.ts' },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  plugins: [minifyTemplates, schoolHintSeparately],
});

await build({
  ...common,
  stdin: { contents: "export { schoolDisadvantageHint } from '@npo-gemeenten/data/school-hint';", resolveDir: root, loader: 'js' },
  outfile: `dist/${schoolHintFile}`,
});

// The file defines the element and exports only its tag name; give it matching types.
await writeFile(
  new URL('../dist/npo-gemeentecheck.d.ts', import.meta.url),
  '/** Defines `<npo-gemeentecheck>`; the element types come from the package root. */\nexport declare const tagName = "npo-gemeentecheck";\n',
);

// A self-contained file must not import any package by name: that would fail in a browser.
// esbuild leaves an unresolvable dynamic import as it is, so check the output explicitly.
const outputs = ['npo-gemeentecheck.js', ...(await readdir(new URL('../dist/chunks/', import.meta.url))).map((f) => `chunks/${f}`)];
for (const file of outputs) {
  const code = await readFile(new URL(`../dist/${file}`, import.meta.url), 'utf8');
  const bare = code.match(/(?:import\(|\bfrom\s?)["']((?:@[\w.-]+\/)?[a-zA-Z][\w.-]*(?:\/[\w.-]+)*)["']/);
  if (bare) {
    console.error(`dist/${file} still imports ${bare[0]}; is every dependency built?`);
    process.exit(1);
  }
}
