// `npm test`: exports core's example request, then runs the Python tests with the first Python that
// has the jsonschema package (Debian: apt-get install python3-jsonschema). $PYTHON wins when set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const exported = spawnSync(process.execPath, ['scripts/export-example.mjs'], { cwd: root, stdio: 'inherit' });
if (exported.status !== 0) process.exit(exported.status ?? 1);

const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean);
const python = candidates.find((cmd) => spawnSync(cmd, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0);
if (!python) {
  console.error(`No Python with jsonschema among ${candidates.join(', ')}: apt-get install python3-jsonschema`);
  process.exit(1);
}
const tests = spawnSync(python, ['-m', 'unittest', 'discover', '-s', 'tests', '-t', '.', '-v'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
  env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
});
process.stderr.write(tests.stderr);
// unittest's last lines, "Ran 12 tests" and "OK (skipped=1)" or "FAILED (failures=1, errors=1)",
// become the counts the root `npm test` sums.
const ran = Number(tests.stderr.match(/^Ran (\d+) tests?/m)?.[1] ?? 0);
const outcome = (name) => Number(tests.stderr.match(new RegExp(`^(?:OK|FAILED) \\(.*\\b${name}=(\\d+)`, 'm'))?.[1] ?? 0);
const failed = outcome('failures') + outcome('errors') + outcome('unexpected successes');
const skipped = outcome('skipped') + outcome('expected failures');
mkdirSync(new URL('../temp/', import.meta.url), { recursive: true });
writeFileSync(new URL('../temp/test-results.json', import.meta.url), `${JSON.stringify({ runner: 'unittest', passed: ran - failed - skipped, failed, skipped })}\n`);
process.exit(tests.status ?? 1);
