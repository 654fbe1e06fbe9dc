import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { collect, parseSince } from '../src/collect.mjs';

const root = mkdtempSync(join(tmpdir(), 'npo-bench-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

const since = new Date('2026-01-01T10:00:00.000Z');
const figure = { group: 'g', name: 'n', value: 1, unit: 'B' };

/** A package folder with the given temp/bench.json content (text, object, or none). */
function pkg(dirName, name, content) {
  const dir = join(root, dirName);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  if (content !== undefined) {
    writeFileSync(join(dir, 'temp', 'bench.json'), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return { name, dir };
}

test('collects fresh files in the given order', () => {
  const a = pkg('a', '@x/a', { package: '@x/a', writtenAt: '2026-01-01T10:00:05.000Z', figures: [figure] });
  const b = pkg('b', '@x/b', { package: '@x/b', writtenAt: '2026-01-01T10:03:00.000Z', figures: [] });
  const { benches, problems } = collect([b, a], { since, root });
  assert.deepEqual(problems, []);
  assert.deepEqual(benches.map((x) => x.package), ['@x/b', '@x/a']);
});

test('a missing file names the package and the command that writes it', () => {
  const c = pkg('c', '@x/c');
  const { benches, problems } = collect([c], { since, root });
  assert.deepEqual(benches, []);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^@x\/c: c\/temp\/bench\.json is missing/);
  assert.match(problems[0], /`npm run bench -w @x\/c`/);
});

test('a file written before the run started is stale', () => {
  const d = pkg('d', '@x/d', { package: '@x/d', writtenAt: '2026-01-01T09:59:59.000Z', figures: [figure] });
  const fresh = pkg('e', '@x/e', { package: '@x/e', writtenAt: '2026-01-01T10:00:00.000Z', figures: [figure] });
  const { benches, problems } = collect([d, fresh], { since, root });
  assert.deepEqual(benches.map((x) => x.package), ['@x/e']);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^@x\/d: d\/temp\/bench\.json is stale: written 2026-01-01T09:59:59\.000Z/);
  assert.match(problems[0], /`npm run bench -w @x\/d` did not write it in this run, or an older copy replaced it/);
});

test('without a start time any well-formed file is accepted', () => {
  const d = pkg('f', '@x/f', { package: '@x/f', writtenAt: '2020-01-01T00:00:00.000Z', figures: [figure] });
  assert.deepEqual(collect([d], { since: null, root }).problems, []);
});

test('malformed files and files of another package are reported, not tabled', () => {
  const broken = pkg('g', '@x/g', '{ not json');
  const shapeless = pkg('h', '@x/h', { package: '@x/h', writtenAt: 'later', figures: [{ group: 'g', name: 'n', value: {}, unit: 'B' }] });
  const other = pkg('i', '@x/i', { package: '@x/a', writtenAt: '2026-01-01T11:00:00.000Z', figures: [] });
  const { benches, problems } = collect([broken, shapeless, other], { since, root });
  assert.deepEqual(benches, []);
  assert.match(problems[0], /^@x\/g: .* is not valid JSON/);
  assert.match(problems[1], /^@x\/h: .* has no valid "writtenAt" time, figure 0 is not/);
  assert.match(problems[2], /^@x\/i: .* holds figures of @x\/a/);
});

test('reads the run start from seconds, milliseconds or an ISO time', () => {
  assert.equal(parseSince(undefined), null);
  assert.equal(parseSince(''), null);
  assert.equal(parseSince('1767261600')?.toISOString(), '2026-01-01T10:00:00.000Z');
  assert.equal(parseSince('1767261600000')?.toISOString(), '2026-01-01T10:00:00.000Z');
  assert.equal(parseSince('2026-01-01T10:00:00Z')?.toISOString(), '2026-01-01T10:00:00.000Z');
  assert.throws(() => parseSince('yesterday'), /NPO_BENCH_SINCE is not a time/);
});
