// `npm run release:dry-run`: what `changeset publish` would publish, without publishing. Runs
// `npm publish --dry-run` for every published package (its `prepack` builds it first) and checks
// that each tarball holds every file its package.json points at: `exports`, `main`, `types`, `bin`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Every file a package.json names, without its leading `./`; patterns (`*`) are left out. */
export function referencedFiles(pkg) {
  const files = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) files.add(value.replace(/^\.\//, ''));
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk([pkg.exports, pkg.main, pkg.module, pkg.types, pkg.bin]);
  return [...files].sort();
}

const published = readdirSync(join(root, 'packages'))
  .map((name) => join('packages', name))
  .filter((dir) => !JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).private);

let failed = false;
for (const dir of published) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const output = execFileSync(npm, ['publish', '--dry-run', '--json', '--workspace', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_provenance: 'false' },
  });
  // npm prints the JSON of the workspace after the prepack's own output.
  const report = JSON.parse(output.slice(output.indexOf('{')))[pkg.name] ?? JSON.parse(output.slice(output.indexOf('{')));
  const inTarball = new Set(report.files.map((file) => file.path));
  const missing = referencedFiles(pkg).filter((file) => !inTarball.has(file));
  if (missing.length > 0) failed = true;
  console.log(
    `${pkg.name}@${pkg.version}: ${report.entryCount} files, ${(report.size / 1024).toFixed(1)} KiB packed` +
      (missing.length > 0 ? `; MISSING ${missing.join(', ')}` : '; every file package.json names is in it'),
  );
}
process.exit(failed ? 1 : 0);
