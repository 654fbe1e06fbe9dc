// Generates the API reference (docs/api/) from the api-extractor doc models that each package's
// `npm run api` writes to packages/<name>/temp/<name>.api.json. Nothing in docs/api/ is written by hand.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

/** The packages documented, in the order the reference lists them. */
export const documentedPackages = ['core', 'data', 'widget', 'intake'];

/** Doc model files that exist; a package whose `api` task has not run yet is reported as missing. */
export function findDocModels() {
  const found = [];
  const missing = [];
  for (const name of documentedPackages) {
    const file = join(packagesDir, name, 'temp', `${name}.api.json`);
    (existsSync(file) ? found : missing).push({ name, file });
  }
  return { found, missing };
}

/** Runs api-documenter's `markdown` action over the doc models into `outDir` (emptied first). */
export function generateApiReference(outDir) {
  const { found, missing } = findDocModels();
  if (found.length === 0) throw new Error('No packages/*/temp/*.api.json: run `npm run api` in the packages first.');
  const inputDir = mkdtempSync(join(tmpdir(), 'npo-api-models-'));
  try {
    for (const { name, file } of found) copyFileSync(file, join(inputDir, `${name}.api.json`));
    const bin = join(dirname(require.resolve('@microsoft/api-documenter/package.json')), 'bin', 'api-documenter');
    execFileSync(process.execPath, [bin, 'markdown', '--input-folder', inputDir, '--output-folder', outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(inputDir, { recursive: true, force: true });
  }
  return { documented: found.map((f) => f.name), missing: missing.map((m) => m.name) };
}

/** Files that differ between `dir` and a fresh generation: added, removed or changed, by name. */
export function diffApiReference(dir) {
  const fresh = mkdtempSync(join(tmpdir(), 'npo-docs-api-'));
  try {
    generateApiReference(fresh);
    const stored = existsSync(dir) ? readdirSync(dir).sort() : [];
    const generated = readdirSync(fresh).sort();
    return [
      ...generated.filter((f) => !stored.includes(f)).map((f) => `missing: ${f}`),
      ...stored.filter((f) => !generated.includes(f)).map((f) => `not generated: ${f}`),
      ...generated
        .filter((f) => stored.includes(f) && readFileSync(join(fresh, f), 'utf8') !== readFileSync(join(dir, f), 'utf8'))
        .map((f) => `changed: ${f}`),
    ];
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
