// Builds a package and what it depends on (Turborepo, from its cache when nothing changed) before
// something uses the build: each published package's `prepack` (no stale dist/ in a tarball), and
// `npm start` and `npm run check` at the root. The package is the argument, or the one npm runs
// the script for. Inside a Turborepo task (lint:pkg packs the package; a test runs `npm start`)
// the task graph has built it already, and a second build would rewrite dist/ under running tests.
import { spawnSync } from 'node:child_process';

if (process.env.TURBO_HASH) process.exit(0);
const name = process.argv[2] ?? process.env.npm_package_name;
if (!name) {
  console.error('build-first: name the package, or run through npm (npm pack, npm publish)');
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['turbo', 'run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
process.exit(build.status ?? 1);
