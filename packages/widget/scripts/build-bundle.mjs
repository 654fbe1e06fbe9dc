// Builds dist/npo-gemeentecheck.js: one file for <script type="module" src>, with lit and the
// element inlined, and every dynamically imported module (data, core, the school hint, the
// English texts, ...) split off into its own file in dist/chunks/ that loads on first use.
//
// Each file is its own esbuild build, not one build with code splitting: splitting puts code that
// two files share (even esbuild's 100-byte runtime helpers) into a shared chunk that the entry
// imports statically, and that import costs a whole round trip before the element can render.
// Built apart, the entry has no static import at all, and every chunk is one request.
import { build } from 'esbuild';
import { minify } from 'terser';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFile, stableChunks } from './bundle-files.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

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
  write: false,
  metafile: true,
};

/** Output file (relative to dist/) -> the source files bundled into it. */
const inputsByOutput = new Map();
/** Resolved source path of a lazily loaded module -> promise of its output file (relative to dist/). */
const chunkByModule = new Map();

/**
 * A second pass with terser over esbuild's minified output: its compressor takes about 2 % more
 * off the gzipped files, which is what keeps all of them together within 64 KB.
 */
async function smaller(code) {
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

/** Content-hashed name for chunks without a stable one, so hosts may cache them for long. */
function hashedName(source, code) {
  const hash = createHash('sha256').update(code).digest('base64url').replace(/[-_]/g, '').slice(0, 8).toUpperCase();
  return `chunks/${basename(source, extname(source))}-${hash}.js`;
}

/**
 * esbuild plugin: every dynamic import becomes an import of that module's own chunk, built first
 * (and once, however many files import it), so its hashed name is known here.
 */
function chunksApart(outputFile) {
  return {
    name: 'chunks-apart',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const stable = stableChunks[args.path];
        if (!chunkByModule.has(resolved.path)) chunkByModule.set(resolved.path, buildFile(resolved.path, stable));
        const chunk = await chunkByModule.get(resolved.path);
        return { path: `./${relative(dirname(outputFile), chunk)}`, external: true };
      });
    },
  };
}

/** Builds one source module into one file; `name` is relative to dist/ (hashed when not given). */
async function buildFile(source, name) {
  // Chunks all live in chunks/, so the folder is known before the name is.
  const result = await build({
    ...common,
    entryPoints: [source],
    outfile: join(dist, name ?? 'chunks/pending.js'),
    plugins: [minifyTemplates, chunksApart(name ?? 'chunks/pending.js')],
  });
  const [output] = result.outputFiles;
  const code = await smaller(output.text);
  const file = name ?? hashedName(source, code);
  const [meta] = Object.values(result.metafile.outputs);
  inputsByOutput.set(file, { inputs: Object.keys(meta.inputs), staticImports: meta.imports.filter((i) => i.kind !== 'dynamic-import' && !i.external).map((i) => i.path) });
  await mkdir(dirname(join(dist, file)), { recursive: true });
  await writeFile(join(dist, file), code);
  return file;
}

/** Whether the nearest package.json above a file says `"sideEffects": false`. */
async function declaresNoSideEffects(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text !== undefined) return JSON.parse(text).sideEffects === false;
  }
  return false;
}

await rm(join(dist, 'chunks'), { recursive: true, force: true });
await buildFile(join(root, 'src/define.ts'), entryFile);

// The file defines the element and exports only its tag name; give it matching types.
await writeFile(
  join(dist, 'npo-gemeentecheck.d.ts'),
  '/** Defines `<npo-gemeentecheck>`; the element types come from the package root. */\nexport declare const tagName = "npo-gemeentecheck";\n',
);

const problems = [];

// The first render must need the entry file alone: any static import there (a chunk, a shared
// helper) is one more round trip before the element is even defined.
for (const [file, { staticImports }] of inputsByOutput) {
  if (staticImports.length > 0) problems.push(`dist/${file} imports ${staticImports.join(', ')} statically; each file must be self-contained`);
}

// A module in two files would run twice, with two copies of its state: keep each module in one
// file, unless its package declares that it has no side effects (the data package's small helpers
// sit in both the data chunk and the school hint, so neither waits for a third file).
const filesByInput = new Map();
for (const [file, { inputs }] of inputsByOutput) {
  for (const input of inputs) filesByInput.set(input, [...(filesByInput.get(input) ?? []), file]);
}
for (const [input, files] of filesByInput) {
  if (files.length > 1 && !(await declaresNoSideEffects(join(root, input)))) {
    problems.push(`${input} is bundled into ${files.map((f) => `dist/${f}`).join(' and ')}; import it from one of them only`);
  }
}

// A self-contained file must not import any package by name: that would fail in a browser.
// esbuild leaves an unresolvable dynamic import as it is, so check the output explicitly.
for (const file of inputsByOutput.keys()) {
  const code = await readFile(join(dist, file), 'utf8');
  const bare = code.match(/(?:import\(|\bfrom\s?|\bimport\s?)["']((?:@[\w.-]+\/)?[a-zA-Z][\w.-]*(?:\/[\w.-]+)*)["']/);
  if (bare) problems.push(`dist/${file} still imports ${bare[0]}; is every dependency built?`);
}

for (const name of Object.values(stableChunks)) {
  if (!inputsByOutput.has(name)) problems.push(`dist/${name} was not built: nothing imports its module dynamically any more`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
