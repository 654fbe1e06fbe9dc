// The measured packages are the sibling packages that write their figures with this package's
// `./figures` module, i.e. those that list it as a (dev)dependency; finds their folders.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `{ name, dir }` of every sibling package of `ownDir` that depends on it, in the order given
 * (names not in it come last, alphabetically). Fails when there is none.
 */
export function measuredPackages(ownDir, order = []) {
  const own = JSON.parse(readFileSync(join(ownDir, 'package.json'), 'utf8'));
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  const parent = join(ownDir, '..');
  const found = [];
  for (const entry of readdirSync(parent, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(parent, entry.name, 'package.json'), 'utf8'));
    } catch {
      continue; // not a package folder
    }
    if (pkg.name !== own.name && own.name in { ...pkg.dependencies, ...pkg.devDependencies }) {
      found.push({ name: pkg.name, dir: join(parent, entry.name) });
    }
  }
  if (found.length === 0) throw new Error(`no package next to ${ownDir} depends on ${own.name}: nothing to measure`);
  return found.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
