// What every package's bench uses to write its figures to temp/bench.json, in the one shape this
// package reads: { package, writtenAt, figures: [{ group, name, value, unit, note? }] }.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * File helpers bound to one package folder.
 * @param {URL} packageDir the package's folder (ending in a slash), e.g. `new URL('..', import.meta.url)`
 */
export function benchFiles(packageDir) {
  /** Reads a JSON file of the package (path relative to its folder). */
  function readPackageJson(path) {
    return JSON.parse(readFileSync(new URL(path, packageDir), 'utf8'));
  }

  /** Writes temp/bench.json with the given figures and the time of writing. */
  function writeBenchJson(figures) {
    const { name } = readPackageJson('package.json');
    mkdirSync(new URL('temp/', packageDir), { recursive: true });
    const bench = { package: name, writtenAt: new Date().toISOString(), figures };
    writeFileSync(new URL('temp/bench.json', packageDir), `${JSON.stringify(bench, null, 2)}\n`);
  }

  /**
   * Runs `size-limit --json` (found on the PATH that `npm run` sets) and returns its results. Its
   * warnings were shown already by the plain `size-limit` run before, so stderr is kept quiet.
   */
  function runSizeLimitJson() {
    const out = execFileSync('size-limit', ['--json'], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out);
  }

  return { readPackageJson, writeBenchJson, runSizeLimitJson };
}

/** Figures (operations per second) from a `vitest bench --outputJson` report. */
export function vitestFigures(report) {
  return report.files.flatMap((file) =>
    file.groups.flatMap((group) =>
      group.benchmarks.map((b) => ({
        // fullName starts with the bench file's path; the describe block names the group.
        group: group.fullName.split(' > ').slice(1).join(' > ') || group.fullName,
        name: b.name,
        value: Math.round(b.hz),
        unit: 'ops/s',
        note: `mean ${micro(b.mean)}, p99 ${micro(b.p99)}, ±${b.rme.toFixed(1)} %, ${b.sampleCount} samples`,
      })),
    ),
  );
}

function micro(ms) {
  return `${Number((ms * 1000).toPrecision(3))} µs`;
}

/** Figures (gzipped bytes against the limit) from `size-limit --json`. */
export function sizeLimitFigures(results, group = 'size-limit') {
  return results.map((r) => ({
    group,
    name: r.name,
    value: r.size,
    unit: 'B',
    note: `min+gz; limit ${r.sizeLimit} B${r.passed ? '' : ', OVER LIMIT'}`,
  }));
}
