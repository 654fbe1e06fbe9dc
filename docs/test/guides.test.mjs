// Checks on the guides' content that tie them to the code: the privacy page names every field of a
// request, the accessibility statement cites only tests that exist, the index lists every guide,
// and relative links lead somewhere.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const docsDir = fileURLToPath(new URL('../', import.meta.url));
const repoDir = join(docsDir, '..');
const read = (file) => readFileSync(join(docsDir, file), 'utf8');
const guides = readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();

describe('privacy.md', () => {
  const schema = JSON.parse(readFileSync(join(repoDir, 'packages/core/schema/support-request.json'), 'utf8'));
  const doc = read('privacy.md');

  it('names every top-level field of a support request', () => {
    const fields = Object.keys(schema.properties);
    assert.ok(fields.length >= 10);
    assert.deepEqual(fields.filter((f) => !doc.includes(`\`${f}\``)), []);
  });

  it('names every contact field', () => {
    const fields = Object.keys(schema.properties.contact.properties);
    assert.ok(fields.includes('email'));
    assert.deepEqual(fields.filter((f) => !doc.includes(`\`${f}\``)), []);
  });

  it('is right that the built widget uses no cookies, localStorage or beacons and sends without credentials', () => {
    const dist = join(repoDir, 'packages/widget/dist');
    const files = [];
    const walk = (dir) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.js')) files.push(path);
      }
    };
    walk(dist);
    assert.ok(files.some((f) => f.endsWith('npo-gemeentecheck.js')), 'the widget is built');
    const offending = files.filter((f) => /document\.cookie|localStorage|sendBeacon|XMLHttpRequest|WebSocket|EventSource/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offending, []);
    assert.ok(files.some((f) => /credentials:\s*["']omit["']/.test(readFileSync(f, 'utf8'))));
  });
});

describe('accessibility.md', () => {
  const doc = read('accessibility.md');
  const citations = [...doc.matchAll(/`([\w-]+\.test\.ts)`: "([^"]+)"/g)].map((m) => ({ file: m[1], title: m[2] }));

  it('cites tests for its facts', () => {
    assert.ok(citations.length >= 15);
    const rows = doc.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| fact') && !line.startsWith('|---'));
    assert.deepEqual(rows.filter((row) => !/`[\w-]+\.test\.ts`: "/.test(row)), [], 'every fact names a test');
  });

  it('cites only tests that exist in packages/widget/test', () => {
    const missing = citations.filter(({ file, title }) => {
      const path = join(repoDir, 'packages/widget/test', file);
      return !existsSync(path) || !readFileSync(path, 'utf8').includes(title);
    });
    assert.deepEqual(missing, []);
  });
});

describe('README.md (index)', () => {
  it('links every guide', () => {
    const index = read('README.md');
    assert.deepEqual(guides.filter((g) => g !== 'README.md' && !index.includes(`](${g})`)), []);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return new Set(
    [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
      m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'),
    ),
  );
}

describe('relative links', () => {
  for (const guide of guides) {
    it(`${guide}: relative links lead to existing files and headings`, () => {
      const text = read(guide).replace(/^```[\s\S]*?^```$/gm, '');
      const broken = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [path, hash] = target.split('#');
        const file = path ? join(docsDir, path) : join(docsDir, guide);
        if (!existsSync(file)) {
          broken.push(target);
          continue;
        }
        if (hash && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(hash)) broken.push(target);
      }
      assert.deepEqual(broken, []);
    });
  }
});
