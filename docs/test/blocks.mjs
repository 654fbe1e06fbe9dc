// Finds the ```ts and ```js blocks of the guides: the one place where guide examples are collected
// (docs-examples.test.mjs type-checks and runs them, the tarball smoke test runs getting-started's).
import { readdirSync, readFileSync } from 'node:fs';

export const docsDir = new URL('../', import.meta.url);

/**
 * Every ts/js block of every guide, with its info-string flags. `no-run` marks a fragment that can
 * only be type-checked (for example one that needs a server or a database); it is still type-checked.
 */
export function collectBlocks() {
  const blocks = [];
  const guides = readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const doc of guides) {
    const text = readFileSync(new URL(doc, docsDir), 'utf8');
    let index = 0;
    for (const match of text.matchAll(/^```([A-Za-z]+)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
      const lang = match[1].toLowerCase();
      if (!['ts', 'typescript', 'js', 'javascript'].includes(lang)) continue;
      index += 1;
      const flags = match[2].trim().split(/\s+/).filter(Boolean);
      const line = text.slice(0, match.index).split('\n').length;
      blocks.push({
        doc,
        index,
        line,
        lang: lang.startsWith('t') ? 'ts' : 'js',
        run: !flags.includes('no-run'),
        code: match[3],
      });
    }
  }
  return { guides, blocks };
}

/** Where a block runs: code that uses the DOM or the element runs in Chromium, the rest in Node. */
export function environmentOf(block) {
  // Member access only: a property that happens to be called `document` is no DOM.
  return /\b(document|window|customElements)\s*\.|['"]@npo-gemeenten\/widget['"]/.test(block.code) ? 'browser' : 'node';
}
