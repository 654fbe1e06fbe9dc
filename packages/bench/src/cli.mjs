// `npm run bench` (last, after every package's bench): prints one table of all figures and
// writes it to temp/figures.md. Fails, naming package and command, on a missing or stale file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, parseSince } from './collect.mjs';
import { formatTable } from './table.mjs';
import { measuredPackages } from './workspace.mjs';

const ownDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(ownDir, '..', '..');

const since = parseSince(process.env.NPO_BENCH_SINCE);
if (!since) {
  console.error(
    'NPO_BENCH_SINCE is not set, so old figures cannot be told from new ones. Run `npm run bench` at the ' +
      'repository root, or set NPO_BENCH_SINCE=0 to accept whatever bench files exist.',
  );
  process.exit(1);
}

// The order of the table: what a page loads, what runs in it, the server behind it, then the staff's app.
const order = ['@npo-gemeenten/widget', '@npo-gemeenten/core', '@npo-gemeenten/data', '@npo-gemeenten/intake', '@npo-gemeenten/workspace'];
const { benches, problems } = collect(measuredPackages(ownDir, order), { since, root });
if (problems.length > 0) {
  console.error(`No table: ${problems.length} package(s) without fresh figures:`);
  for (const problem of problems) console.error(`- ${problem}`);
  process.exit(1);
}

const table = formatTable(benches);
const out = join(ownDir, 'temp', 'figures.md');
mkdirSync(join(ownDir, 'temp'), { recursive: true });
writeFileSync(out, `# Benchmark figures\n\nRun started ${since.toISOString()}.\n\n${table}`);
console.log(`\n${table}\nWritten to ${relative(root, out)}.`);
