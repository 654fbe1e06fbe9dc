import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));

/** Runs the table command with NPO_BENCH_SINCE as given (undefined: unset). */
function run(since) {
  const env = { ...process.env };
  delete env.NPO_BENCH_SINCE;
  if (since !== undefined) env.NPO_BENCH_SINCE = since;
  return spawnSync(process.execPath, [cli], { env, encoding: 'utf8' });
}

test('refuses to print a table when no bench can have run since the given start', () => {
  // A start in the future: whatever bench files exist are older, so every package is named.
  const result = run(String(Date.now() + 3_600_000));
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  for (const name of ['core', 'data', 'intake', 'widget']) {
    assert.match(result.stderr, new RegExp(`^- @npo-gemeenten/${name}: packages/${name}/temp/bench\\.json is (missing|stale)`, 'm'));
    assert.match(result.stderr, new RegExp(`npm run bench -w @npo-gemeenten/${name}`));
  }
});

test('refuses to run without the start of the run', () => {
  const result = run(undefined);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /NPO_BENCH_SINCE is not set/);
});
