// Gathers the bench files of the measured packages and says, per package, what is wrong:
// a file that is missing, malformed, from another package, or written before this run started.
import { join, relative } from 'node:path';
import { readBenchFile } from './bench-file.mjs';

/** The command that writes a package's bench file. */
export function benchCommand(packageName) {
  return `npm run bench -w ${packageName}`;
}

/**
 * @param {Array<{ name: string, dir: string }>} packages the measured packages, in table order
 * @param {{ since: Date | null, root?: string }} options `since`: files written before it are stale
 * @returns {{ benches: import('./bench-file.mjs').BenchFile[], problems: string[] }}
 */
export function collect(packages, { since, root = process.cwd() }) {
  const benches = [];
  const problems = [];
  for (const { name, dir } of packages) {
    const file = join(dir, 'temp', 'bench.json');
    const shown = relative(root, file) || file;
    const rerun = `run \`${benchCommand(name)}\` (or \`npm run bench\` at the root)`;
    const read = readBenchFile(file);
    if (read.missing) {
      problems.push(`${name}: ${shown} is missing; its bench did not write it: ${rerun}`);
    } else if (read.problems) {
      problems.push(`${name}: ${shown} ${read.problems.join(', ')}; ${rerun}`);
    } else if (read.bench.package !== name) {
      problems.push(`${name}: ${shown} holds figures of ${read.bench.package}; ${rerun}`);
    } else if (since && Date.parse(read.bench.writtenAt) < since.getTime()) {
      problems.push(
        `${name}: ${shown} is stale: written ${read.bench.writtenAt}, before this run started ` +
          `(${since.toISOString()}): \`${benchCommand(name)}\` did not write it in this run, or an older copy ` +
          'replaced it afterwards (a cached task that restores temp/)',
      );
    } else {
      benches.push(read.bench);
    }
  }
  return { benches, problems };
}

/**
 * Reads the run's start from NPO_BENCH_SINCE: seconds (`date +%s`) or milliseconds since the
 * epoch, or an ISO time. Null when unset; throws when it cannot be read.
 */
export function parseSince(value) {
  if (value === undefined || value === '') return null;
  const date = /^\d+$/.test(value)
    ? new Date(value.length <= 10 ? Number(value) * 1000 : Number(value))
    : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`NPO_BENCH_SINCE is not a time: ${value}`);
  return date;
}
