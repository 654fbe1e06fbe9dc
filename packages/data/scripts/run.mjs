// Runs a TypeScript script of this package: bundles it with esbuild (dependencies stay external)
// and calls its exported main(args). Usage: node scripts/run.mjs scripts/generate.ts [args]
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args]');
  process.exit(2);
}
const outDir = join(packageDir, 'node_modules', '.cache', 'scripts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(script, '.ts')}.mjs`);
await build({
  entryPoints: [resolve(script)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // The bundle lives elsewhere; keep import.meta.url pointing at the source so paths resolve as written.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve(script)).href) },
});
const mod = await import(pathToFileURL(outfile).href);
try {
  await mod.main(args);
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
}
