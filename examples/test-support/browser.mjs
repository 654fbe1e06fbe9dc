// Opens pages in the system's Chromium (never a downloaded browser) and records what went wrong
// (console errors, uncaught errors, CSP violations) and every URL the page asked for.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new tab in its own context that collects problems, CSP violations and requested URLs. */
export async function openTab(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error}`));
  tab.on('request', (request) => requests.push(request.url()));
  // Init scripts run outside the page's CSP, so the listener is there before the first script.
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations = [...(window.__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  const violations = () => tab.evaluate(() => window.__cspViolations ?? []);
  return { tab, context, problems, requests, violations, close: () => context.close() };
}

/** The focused element, looking into shadow roots: `{ id, tag, text }`. */
export function deepActive(tab) {
  return tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { id: active?.id ?? '', tag: active?.tagName ?? '', text: active?.textContent?.trim() ?? '' };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(tab, match, max = 80) {
  for (let i = 0; i < max; i++) {
    const active = await deepActive(tab);
    if (match(active)) return active;
    await tab.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the wanted element');
}

export const byId = (id) => (active) => active.id === id;
export const byText = (text) => (active) => active.text === text;

/** Waits until the widget's step heading with this text has the focus (each step moves it there). */
export async function headingFocused(tab, text) {
  await tab.waitForFunction(
    (wanted) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.tagName === 'H2' && active.textContent?.trim() === wanted;
    },
    text,
    { timeout: 15_000 },
  );
}

const axeSource = await import('node:fs/promises').then(async ({ readFile }) =>
  readFile(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8'),
);

/**
 * Runs axe-core on the open page (WCAG 2.1 A and AA rules) and returns "rule: targets" per violation.
 * axe is evaluated through the DevTools protocol, outside the page's CSP, so the page stays unchanged.
 */
export async function axeViolations(tab) {
  await tab.evaluate(axeSource);
  return tab.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/**
 * Guards a page's CSP checks: adds an inline script and asserts it is blocked and reported, so a
 * test that finds no violations cannot pass because violations go unseen.
 */
export async function expectInlineScriptBlocked(tab, violations) {
  await tab.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
  });
  await tab.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
  assert.match((await violations()).join('\n'), /script-src/);
  assert.equal(await tab.evaluate(() => window.inlineRan), undefined);
}
