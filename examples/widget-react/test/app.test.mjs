import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { frameworkSuite } from '@npo-gemeenten/example-test-support/framework-suite';
import { startServer } from '../serve.mjs';

frameworkSuite({ framework: 'React', startServer });

test('the React snippet in docs/widget.md is the example code', async () => {
  const source = await readFile(new URL('../src/App.jsx', import.meta.url), 'utf8');
  const doc = await readFile(new URL('../../../docs/widget.md', import.meta.url), 'utf8');
  const region = source.match(/\/\/ #region widget\n([\s\S]*?)\/\/ #endregion widget\n/)?.[1];
  assert.ok(region, 'src/App.jsx marks the snippet with #region widget');
  assert.ok(doc.includes('```jsx\n' + region + '```\n'), 'docs/widget.md shows src/App.jsx (#region widget) unchanged');
});
