// docs/theming.md against the code: the tables list every custom property (with its default) and
// part of the widget's custom-elements.json, nothing named there is made up, the CSS shown for each
// house style is its file, and each style's screenshots are shown and exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { docsDir, screenshotName, screenshotSteps, themeCss, themes, widgetManifest } from './themes.mjs';

const doc = readFileSync(join(docsDir, 'theming.md'), 'utf8');
const lines = doc.split('\n');
const manifest = widgetManifest();

describe('docs/theming.md', () => {
  it('lists every custom property with its default', () => {
    assert.ok(manifest.properties.size >= 20);
    const missing = [...manifest.properties].filter(
      ([name, value]) => !lines.some((line) => line.startsWith(`| \`${name}\` | \`${value}\` |`)),
    );
    assert.deepEqual(missing, []);
  });

  it('lists every part', () => {
    assert.ok(manifest.parts.size >= 10);
    assert.deepEqual([...manifest.parts].filter((name) => !lines.some((line) => line.startsWith(`| \`${name}\` |`))), []);
  });

  it('names no custom property or part that the widget does not have', () => {
    const properties = [...new Set(doc.match(/--npo-[a-z-]*[a-z]/g))];
    const parts = [...new Set([...doc.matchAll(/::part\(([a-z -]+)\)/g)].flatMap((m) => m[1].split(' ')))];
    assert.ok(properties.length >= manifest.properties.size);
    assert.deepEqual(properties.filter((p) => !manifest.properties.has(p)), []);
    assert.deepEqual(parts.filter((p) => !manifest.parts.has(p)), []);
  });

  for (const theme of themes) {
    it(`shows themes/${theme.name}.css exactly as it is`, () => {
      const link = `[\`themes/${theme.name}.css\`](../examples/widget-html/themes/${theme.name}.css):`;
      const at = doc.indexOf(link);
      assert.ok(at >= 0, `links ${theme.name}.css`);
      const block = /^\s*```css\n([\s\S]*?)^```$/m.exec(doc.slice(at + link.length));
      assert.ok(block, 'a css block follows the link');
      assert.equal(block[1], themeCss(theme.name));
    });

    it(`shows the screenshots of ${theme.label}`, () => {
      for (const step of screenshotSteps) {
        const name = screenshotName(theme.name, step);
        assert.match(doc, new RegExp(`!\\[[^\\]]+\\]\\(images/${name.replace(/\./g, '\\.')}\\)`));
        const file = join(docsDir, 'images', name);
        assert.ok(existsSync(file), `${name} exists`);
        // A PNG, not an empty or placeholder file.
        const bytes = readFileSync(file);
        assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
        assert.ok(bytes.length > 10_000, `${name} has content`);
      }
    });
  }
});
