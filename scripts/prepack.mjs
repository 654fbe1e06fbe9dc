// `prepack` of every published package: builds the package and what it depends on (Turborepo,
// from its cache when nothing changed), so `npm pack` and `npm publish` never ship a stale dist/.
// Inside a Turborepo task that packs (lint:pkg runs publint and attw, which call `npm pack`), the
// task graph has built it already, and a second build would rewrite dist/ under running tests.
import { spawnSync } from 'node:child_process';

if (process.env.TURBO_HASH) process.exit(0);
const name = process.env.npm_package_name;
if (!name) {
  console.error('prepack: run through npm (npm pack, npm publish), which names the package');
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['turbo', 'run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
process.exit(build.status ?? 1);
