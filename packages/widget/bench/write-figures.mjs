// Last step of `npm run bench`: for every file in .size-limit.json, the minified size (the build
// minifies already, so the file's size on disk) next to size-limit's gzipped size, and the loading
// times that bench/loading.mjs wrote, into temp/bench.json.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchFiles } from '@npo-gemeenten/bench/figures';

const { readPackageJson, runSizeLimitJson, writeBenchJson } = benchFiles(new URL('..', import.meta.url));

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Total bytes of the files a size-limit path names; `*` may appear in the file name only. */
function bytesOnDisk(path) {
  const slash = path.lastIndexOf('/');
  const dir = `${packageDir}/${path.slice(0, slash)}`;
  const pattern = new RegExp(`^${path.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
  const files = readdirSync(dir).filter((f) => pattern.test(f));
  if (files.length === 0) throw new Error(`${path} matches no file: run \`npm run build\` first`);
  return files.reduce((total, f) => total + statSync(`${dir}/${f}`).size, 0);
}

const entries = readPackageJson('.size-limit.json');
const results = new Map(runSizeLimitJson().map((r) => [r.name, r]));
writeBenchJson([
  ...entries.flatMap((entry) => {
    const result = results.get(entry.name);
    if (!result) throw new Error(`size-limit reported nothing for "${entry.name}"`);
    // The parenthesised explanation in a budget's name is too long for a table row.
    const name = entry.name.replace(/ \(.*\)$/, '');
    return [
      { group: 'bundle', name: `${name}, minified`, value: [entry.path].flat().reduce((sum, p) => sum + bytesOnDisk(p), 0), unit: 'B', note: [entry.path].flat().join(' + ') },
      {
        group: 'bundle',
        name: `${name}, min+gz`,
        value: result.size,
        unit: 'B',
        note: `size-limit, limit ${result.sizeLimit} B${result.passed ? '' : ', OVER LIMIT'}`,
      },
    ];
  }),
  // The loading times measured just before by bench/loading.mjs.
  ...readPackageJson('temp/bench-loading.json'),
]);
