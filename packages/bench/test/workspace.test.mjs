import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { measuredPackages } from '../src/workspace.mjs';

const root = mkdtempSync(join(tmpdir(), 'npo-bench-workspace-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('measures the sibling packages that depend on it, in the given order, the rest alphabetically', () => {
  const dir = mkdtempSync(join(root, 'ws-'));
  const at = (name, manifest) => {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'package.json'), JSON.stringify(manifest));
    return join(dir, name);
  };
  at('a', { name: '@x/a', devDependencies: { '@x/bench': '0.0.0' } });
  at('b', { name: '@x/b', dependencies: { '@x/bench': '0.0.0' } });
  at('c', { name: '@x/c', devDependencies: { '@x/bench': '0.0.0' } });
  at('d', { name: '@x/d' }); // does not write figures
  writeFileSync(join(dir, 'notes.txt'), 'not a package');
  const own = at('bench', { name: '@x/bench' });
  assert.deepEqual(measuredPackages(own, ['@x/c']), [
    { name: '@x/c', dir: join(dir, 'c') },
    { name: '@x/a', dir: join(dir, 'a') },
    { name: '@x/b', dir: join(dir, 'b') },
  ]);
});

test('fails when no package depends on it', () => {
  const dir = mkdtempSync(join(root, 'ws-'));
  mkdirSync(join(dir, 'lonely'));
  writeFileSync(join(dir, 'lonely', 'package.json'), JSON.stringify({ name: '@x/lonely' }));
  assert.throws(() => measuredPackages(join(dir, 'lonely')), /no package next to .* depends on @x\/lonely/);
});
