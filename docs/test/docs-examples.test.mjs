// Every ```ts and ```js block of the guides is
// type-checked against the built packages and run: in Node, or in Chromium when it needs the DOM.
// Blocks marked `no-run` are only type-checked. Needs the packages built (turbo builds them first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { collectBlocks, docsDir, environmentOf } from './blocks.mjs';
import { runInBrowser } from './browser-runner.mjs';
import { toJs, typeCheck } from './check-blocks.mjs';

const run = promisify(execFile);
// JavaScript blocks run on a page that has loaded the widget (the guides' HTML), so they are checked
// with its declarations (the element's type for its tag name, its events) in scope.
const widgetTypes = fileURLToPath(new URL('../../packages/widget/dist/index.d.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../temp/examples/', import.meta.url));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const { guides, blocks } = collectBlocks();
const name = (block) => `${block.doc.replace(/\.md$/, '')}-${String(block.index).padStart(2, '0')}-line${block.line}`;
for (const block of blocks) {
  block.checkFile = join(outDir, `${name(block)}.${block.lang}`);
  writeFileSync(block.checkFile, `${block.code}\nexport {};\n`);
  block.runFile = join(outDir, `${name(block)}.run.mjs`);
  writeFileSync(block.runFile, block.lang === 'ts' ? toJs(block.code) : block.code);
}
const where = (block) => `${block.doc}:${block.line}`;

describe('guide code blocks', () => {
  it('finds the guides and their blocks', () => {
    assert.ok(guides.includes('rules.md') && guides.includes('widget.md'), guides.join(', '));
    assert.ok(blocks.filter((b) => b.doc === 'rules.md').length >= 5);
  });

  // One type-check per guide, so a failing guide does not hide the others' results.
  for (const doc of new Set(blocks.map((b) => b.doc))) {
    it(`${doc}: blocks type-check against the published types`, () => {
      const own = blocks.filter((b) => b.doc === doc);
      const diagnostics = [
        ...typeCheck(own.filter((b) => b.lang === 'ts').map((b) => b.checkFile), { strict: true }),
        ...typeCheck(own.filter((b) => b.lang === 'js').map((b) => b.checkFile), { strict: false, globals: [widgetTypes] }),
      ];
      assert.deepEqual(diagnostics, []);
    });
  }

  for (const block of blocks.filter((b) => b.run && environmentOf(b) === 'node')) {
    it(`${where(block)} runs in Node`, async () => {
      // A fresh working directory: a block may create files (a database, say).
      const cwd = mkdtempSync(join(tmpdir(), 'npo-docs-block-'));
      try {
        await run(process.execPath, [block.runFile], { cwd, timeout: 60_000 });
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  }

  const browserDocs = new Set(blocks.filter((b) => b.run && environmentOf(b) === 'browser').map((b) => b.doc));
  for (const doc of browserDocs) {
    it(`${doc}: DOM blocks run in Chromium on a page with the guide's HTML`, async () => {
      const own = blocks.filter((b) => b.doc === doc && b.run && environmentOf(b) === 'browser');
      const text = readFileSync(new URL(doc, docsDir), 'utf8');
      const htmlBlocks = [...text.matchAll(/^```html[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1]);
      const { results, foreignRequests, widgetHeading } = await runInBrowser(own, htmlBlocks);
      assert.deepEqual(
        own.map((b, i) => [where(b), results[i]]),
        own.map((b) => [where(b), null]),
      );
      assert.deepEqual(foreignRequests, []);
      // The guide's pasted tag (or its import) put a working widget on the page: its first step has a heading.
      if (htmlBlocks.some((html) => html.includes('<npo-gemeentecheck'))) assert.match(widgetHeading ?? '', /\S/, 'the widget rendered');
    });
  }
});
