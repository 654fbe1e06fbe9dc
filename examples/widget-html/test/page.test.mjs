import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../serve.mjs';
import { expectInlineScriptBlocked, launch, openTab } from '@npo-gemeenten/example-test-support/browser';

let server;
let origin;
let browser;

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

test('the page renders the widget and reaches the figures by keyboard, under a strict CSP', async () => {
  const { tab, problems, requests, violations } = await openTab(browser);
  const response = await tab.goto(`${origin}/`);
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'");

  const widget = tab.locator('npo-gemeentecheck');
  // Rendered for real: the shadow root has the first step's heading and the search field.
  assert.equal((await widget.locator('h2').textContent({ timeout: 10_000 }))?.trim(), 'Kies uw gemeente');
  const input = widget.locator('#municipality-input');
  assert.equal(await input.getAttribute('role'), 'combobox');

  // Keyboard only: Tab until the search field has the focus, type, pick the first suggestion.
  for (let i = 0; i < 20 && !(await input.evaluate((el) => el.matches(':focus'))); i++) await tab.keyboard.press('Tab');
  assert.ok(await input.evaluate((el) => el.matches(':focus')), 'Tab reaches the search field');
  await tab.keyboard.type('Vaals');
  await widget.locator('#municipality-listbox [role="option"]').first().waitFor();
  assert.match((await widget.locator('#municipality-listbox [role="option"]').first().textContent()) ?? '', /Vaals/);
  await tab.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'municipality-option-0');
  await tab.keyboard.press('Enter');
  assert.equal(await input.inputValue(), 'Vaals');
  await tab.keyboard.press('Enter');

  const heading = widget.locator('h2', { hasText: 'Cijfers van Vaals' });
  await heading.waitFor({ timeout: 10_000 });
  // Each step moves the focus to its heading.
  assert.ok(await heading.evaluate((el) => el.matches(':focus')), 'focus moves to the figures heading');
  assert.match((await widget.locator('dl.figures').first().textContent()) ?? '', /1 januari 2025/);
  // The children figures come from a chunk of their own, which the strict CSP lets in too.
  const children = widget.locator('section[aria-labelledby="children-heading"] dl.figures');
  await children.waitFor({ timeout: 10_000 });
  assert.match((await children.textContent()) ?? '', /70072ned/);

  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  // Nothing came from anywhere but this server; the CBS data arrived as a lazy chunk.
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), []);
  assert.ok(requests.some((url) => url.endsWith('/packages/widget/dist/chunks/npo-gemeentecheck.data.js')));
  await tab.close();
});

test('the CSP check itself catches a violation', async () => {
  // Guards the test above: an inline script on this page must be reported, not silently pass.
  const { tab, problems, violations } = await openTab(browser);
  await tab.goto(`${origin}/`);
  await expectInlineScriptBlocked(tab, violations);
  assert.ok(problems.some((p) => /Content Security Policy/.test(p)));
  await tab.close();
});
