// Reads the counts a package's test runner left in temp/test-results.json: Vitest's JSON report, or
// the plain counts that node-test-counts.mjs and the Python example write. One shape for all:
// { passed, failed, skipped }.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The files a runner writes; `npm test` removes them first, so a count never comes from an earlier run. */
export const resultFile = 'temp/test-results.json';

export function removeResults(packageDir) {
  rmSync(join(packageDir, resultFile), { force: true });
}

/** Counts from Vitest's JSON reporter, or the `{ passed, failed, skipped }` another runner wrote. */
export function countJson(report) {
  if (typeof report.numTotalTests === 'number') {
    // A file that fails to load has no failed test of its own; it still counts once.
    const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')).length;
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenFiles,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  if (['passed', 'failed', 'skipped'].every((key) => Number.isInteger(report[key]))) {
    return { passed: report.passed, failed: report.failed, skipped: report.skipped };
  }
  return undefined;
}

/** The counts a package's last test run left, or undefined when it left none. */
export function readResults(packageDir) {
  const file = join(packageDir, resultFile);
  if (!existsSync(file)) return undefined;
  try {
    return countJson(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
