// The gates must be able to fail. Each test copies what a check reads into a temporary tree (beside
// a link to the real node_modules, so the copy resolves the same packages), runs the real check
// there once as committed (it passes) and once after changing one file (it fails, naming the file):
// a generated file drifting from its source, and a bundle growing past its size budget.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copies = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary tree with copies of `paths` (relative to the repository) and the real node_modules. */
function copyOf(paths) {
  const dir = mkdtempSync(join(tmpdir(), 'npo-gate-'));
  copies.push(dir);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const path of paths) {
    cpSync(join(root, path), join(dir, path), {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|temp|\.turbo)$/.test(source),
    });
  }
  return dir;
}

/** Runs a command in the copy; returns its exit code and all it printed. */
function run(cwd, command, args) {
  // Without NODE_TEST_CONTEXT, which would make an inner `node --test` report to this runner instead.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const vitest = (dir, file, ...args) => run(dir, process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', file, ...args]);

describe('drift gates fail on a changed generated file', () => {
  it("core's JSON Schema (packages/core/test/json-schema.test.ts)", { timeout: 300_000 }, () => {
    const tree = copyOf(['packages/core', 'tsconfig.base.json']);
    const pkg = join(tree, 'packages/core');
    assert.equal(vitest(pkg, 'test/json-schema.test.ts').status, 0, 'passes on the committed schema');
    const file = join(pkg, 'schema/support-request.json');
    writeFileSync(file, `${JSON.stringify({ $comment: 'edited by hand', ...JSON.parse(readFileSync(file, 'utf8')) }, null, 2)}\n`);
    const { status, output } = vitest(pkg, 'test/json-schema.test.ts');
    assert.notEqual(status, 0);
    assert.match(output, /support-request\.json equals a fresh generation/);
  });

  it("data's generated modules (packages/data/test/generated.test.ts)", { timeout: 300_000 }, () => {
    const tree = copyOf(['packages/data', 'tsconfig.base.json']);
    const pkg = join(tree, 'packages/data');
    // Only the modules' suite: the file also checks a map under docs/images, which is not copied.
    const modules = () => vitest(pkg, 'test/generated.test.ts', '--testNamePattern', '^generated modules');
    assert.equal(modules().status, 0, 'passes on the committed modules');
    appendFileSync(join(pkg, 'src/generated/dataset-info.ts'), '\n// edited by hand\n');
    const { status, output } = modules();
    assert.notEqual(status, 0);
    assert.match(output, /src\/generated\/dataset-info\.ts is stale/);
  });

  it("docs/api, docs/rules.md, docs/texts.md and core.md's size table (docs/test/generated.test.mjs)", { timeout: 120_000 }, () => {
    // The doc models the reference is generated from are the packages' own (temp/*.api.json), and
    // the texts come from the packages' source modules.
    const tree = copyOf(['docs/api', 'docs/scripts', 'docs/test', 'docs/rules.md', 'docs/texts.md', 'docs/core.md', 'docs/package.json']);
    symlinkSync(join(root, 'packages'), join(tree, 'packages'), 'dir');
    const docs = join(tree, 'docs');
    const test = (file) => run(docs, process.execPath, ['--test', file]);
    assert.equal(test('test/generated.test.mjs').status, 0, 'passes on the committed files');

    appendFileSync(join(docs, 'api/core.md'), '\nEdited by hand.\n');
    let { status, output } = test('test/generated.test.mjs');
    assert.notEqual(status, 0);
    assert.match(output, /docs\/api\/ is out of date/);
    assert.match(output, /core\.md/);

    cpSync(join(root, 'docs/api/core.md'), join(docs, 'api/core.md'));
    appendFileSync(join(docs, 'rules.md'), '\nEdited by hand.\n');
    ({ status, output } = test('test/generated.test.mjs'));
    assert.notEqual(status, 0);
    assert.match(output, /rules\.md is out of date/);

    cpSync(join(root, 'docs/rules.md'), join(docs, 'rules.md'));
    appendFileSync(join(docs, 'texts.md'), '\n| `toRequest` | Verzoek indienen | Apply |\n');
    ({ status, output } = test('test/generated.test.mjs'));
    assert.notEqual(status, 0);
    assert.match(output, /texts\.md is out of date: run `npm run generate` in docs\//);

    cpSync(join(root, 'docs/texts.md'), join(docs, 'texts.md'));
    const guide = readFileSync(join(docs, 'core.md'), 'utf8');
    assert.ok(guide.includes('<!-- /size-budgets -->'));
    writeFileSync(join(docs, 'core.md'), guide.replace('<!-- /size-budgets -->', '| by hand | `import { x }` | 1 kB |\n<!-- /size-budgets -->'));
    ({ status, output } = test('test/generated.test.mjs'));
    assert.notEqual(status, 0);
    assert.match(output, /the size table of core\.md is out of date/);
  });
});

describe('size budgets fail on a bundle over its limit', () => {
  it("the widget's first load (packages/widget/.size-limit.json)", { timeout: 120_000 }, () => {
    const tree = copyOf(['packages/widget/.size-limit.json', 'packages/widget/package.json', 'packages/widget/dist']);
    const pkg = join(tree, 'packages/widget');
    const sizeLimit = () => run(pkg, process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json']);
    assert.equal(sizeLimit().status, 0, 'the built widget is within its budgets');
    // 24 KB that gzip cannot shrink: the first load outgrows its budget, and so does the whole.
    appendFileSync(join(pkg, 'dist/npo-gemeentecheck.js'), `\n//${randomBytes(18_000).toString('base64')}\n`);
    const { status, output } = sizeLimit();
    assert.notEqual(status, 0);
    const over = JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1)).filter((entry) => !entry.passed);
    assert.ok(over.some((entry) => /first load/.test(entry.name)), JSON.stringify(over));
  });
});
