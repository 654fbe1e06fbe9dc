import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { frameworkSuite } from '@npo-gemeenten/example-test-support/framework-suite';
import { startServer } from '../serve.mjs';

frameworkSuite({ framework: 'Vue', startServer });

test('the Vue snippets in docs/widget.md are the example code', async () => {
  const doc = await readFile(new URL('../../../docs/widget.md', import.meta.url), 'utf8');
  const component = await readFile(new URL('../src/App.vue', import.meta.url), 'utf8');
  const region = component.match(/<!-- #region widget -->\n([\s\S]*?)<!-- #endregion widget -->\n/)?.[1];
  assert.ok(region, 'src/App.vue marks the snippet with #region widget');
  assert.ok(doc.includes('```vue\n' + region + '```\n'), 'docs/widget.md shows src/App.vue (#region widget) unchanged');
  const config = await readFile(new URL('../vite.config.js', import.meta.url), 'utf8');
  const plugin = config.match(/ *\/\/ #region custom-element\n([\s\S]*?) *\/\/ #endregion custom-element\n/)?.[1];
  assert.ok(plugin, 'vite.config.js marks the plugin options with #region custom-element');
  assert.ok(doc.includes(plugin.trim()), 'docs/widget.md shows the isCustomElement option of vite.config.js unchanged');
});
