// `npm test`: exports core's example request, then runs the Python tests with the first Python that
// has the jsonschema package (Debian: apt-get install python3-jsonschema). $PYTHON wins when set.
import { spawnSync } from 'node:child_process';
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
  stdio: 'inherit',
  env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
});
process.exit(tests.status ?? 1);
