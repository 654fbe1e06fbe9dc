// The size table of docs/core.md, generated from packages/core/.size-limit.json: the budgets the
// `size` task enforces, so the guide never states a figure that no check holds. The measured figures
// of the moment come from `npm run bench`.
import { readFileSync } from 'node:fs';

const coreDir = new URL('../../packages/core/', import.meta.url);
export const coreGuideFile = new URL('../core.md', import.meta.url);
const start = '<!-- size-budgets: generated from packages/core/.size-limit.json by `npm run generate` in docs/ -->';
const end = '<!-- /size-budgets -->';

/** The package's specifier for a built file, from the `exports` of its package.json. */
function specifierOf(pkg, path) {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.import?.default ?? target.default;
    if (file === `./${path}`) return subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  }
  throw new Error(`size-budgets: ${path} is not an entry point in the exports of ${pkg.name}`);
}

/** The Markdown table of core's budgets: what is imported, from where, and the limit. */
export function renderCoreBudgets() {
  const pkg = JSON.parse(readFileSync(new URL('package.json', coreDir), 'utf8'));
  const budgets = JSON.parse(readFileSync(new URL('.size-limit.json', coreDir), 'utf8'));
  const rows = budgets.map((b) => `| ${b.name} | \`import ${b.import === '*' ? '* as core' : b.import} from '${specifierOf(pkg, b.path)}'\` | ${b.limit} |`);
  return [start, '| budget | import | at most (minified, brotli) |', '|---|---|---|', ...rows, end].join('\n');
}

/** docs/core.md with its size table replaced by a fresh one; an error when the markers are missing. */
export function renderCoreGuide(doc = readFileSync(coreGuideFile, 'utf8')) {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`size-budgets: docs/core.md needs the lines\n${start}\n${end}\naround its size table`);
  return doc.slice(0, from) + renderCoreBudgets() + doc.slice(to + end.length);
}
