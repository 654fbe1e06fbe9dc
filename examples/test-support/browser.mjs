// Opens pages in the system's Chromium (never a downloaded browser) and records what went wrong:
// console errors, uncaught errors and Content Security Policy violations.
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

/** A new tab that collects problems in `problems` (CSP violations and console errors). */
export async function openTab(browser) {
  const tab = await browser.newPage();
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
  return { tab, problems, requests, violations };
}
