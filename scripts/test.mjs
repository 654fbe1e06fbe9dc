// `npm test`: every workspace's checks through Turborepo, quietly. A task that passes shows only its
// counts; a task that fails shows its whole output. The last line is the total over every runner:
// `N passed, N failed` (`, N skipped` when any were skipped). A check that is not a test runner
// (typecheck, api, lint:pkg, size, changeset status) counts as one. Exits non-zero on any failure.
// Arguments go to `turbo run`, e.g. `npm test -- --filter=@npo-gemeenten/core`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readResults, removeResults } from './test-results.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tasks = ['typecheck', 'test', 'api', 'lint:pkg', 'size'];
const runsDir = join(root, '.turbo/runs');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces.flatMap((pattern) => {
  if (!pattern.endsWith('/*')) return [join(root, pattern)];
  const parent = join(root, pattern.slice(0, -2));
  return readdirSync(parent).map((name) => join(parent, name)).filter((dir) => existsSync(join(dir, 'package.json')));
});
for (const dir of workspaces) removeResults(dir);

const rows = [];

// Changesets first, so its "what would be released" text never reads as the run's verdict.
const changesets = spawnSync(npx, ['changeset', 'status'], { cwd: root, env, encoding: 'utf8' });
if (changesets.status !== 0) process.stdout.write(`${changesets.stdout}${changesets.stderr}`);
rows.push({ where: '(root)', checks: [{ name: 'changeset status', ok: changesets.status === 0 }] });

const started = Date.now();
const turbo = spawnSync(
  npx,
  ['turbo', 'run', ...tasks, '--continue', '--output-logs=errors-only', '--log-order=grouped', '--summarize', ...process.argv.slice(2)],
  { cwd: root, env, stdio: 'inherit' },
);

const summaryFile = existsSync(runsDir)
  ? readdirSync(runsDir)
      .map((name) => join(runsDir, name))
      .filter((file) => statSync(file).mtimeMs >= started)
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : undefined;
const summary = summaryFile ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { tasks: [] };

const byPackage = new Map();
for (const task of summary.tasks) {
  if (!tasks.includes(task.task) || task.command === '<NONEXISTENT>') continue;
  const exitCode = task.execution?.exitCode;
  const ok = exitCode === 0;
  const entry = byPackage.get(task.package) ?? { where: relative(root, join(root, task.directory)) || '.', checks: [], tests: undefined };
  if (task.task === 'test') {
    const counts = readResults(join(root, task.directory));
    // A runner that failed outside any test (a crash, a broken config) still fails once.
    if (counts) entry.tests = { ...counts, failed: counts.failed + (ok || counts.failed > 0 ? 0 : 1) };
    else entry.checks.push({ name: 'test (no counts)', ok });
  } else {
    entry.checks.push({ name: task.task, ok });
  }
  byPackage.set(task.package, entry);
}
rows.push(...[...byPackage.values()].sort((a, b) => a.where.localeCompare(b.where)));

const total = { passed: 0, failed: 0, skipped: 0 };
const width = Math.max(...rows.map((row) => row.where.length));
console.log('');
for (const row of rows) {
  const parts = [];
  if (row.tests) {
    const { passed, failed, skipped } = row.tests;
    parts.push(`tests: ${passed} passed${failed ? `, ${failed} FAILED` : ''}${skipped ? `, ${skipped} skipped` : ''}`);
    total.passed += passed;
    total.failed += failed;
    total.skipped += skipped;
  }
  for (const check of row.checks) {
    parts.push(`${check.name} ${check.ok ? 'ok' : 'FAILED'}`);
    if (check.ok) total.passed += 1;
    else total.failed += 1;
  }
  console.log(`${row.where.padEnd(width)}  ${parts.join(' · ')}`);
}
// Turbo failing without a failed task to show for it (a task that never started, a bad argument).
if (turbo.status !== 0 && total.failed === 0) {
  console.log(`turbo run exited with ${turbo.status ?? turbo.signal}`);
  total.failed += 1;
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
