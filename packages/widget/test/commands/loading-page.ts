import type { Route } from 'playwright';
import type { BrowserCommand } from 'vitest/node';
import { entryFile, type PageHints } from '../../scripts/bundle-files.mjs';
import { recordVisitorTimes, serveLoadPage } from '../../scripts/load-page.mjs';

/**
 * Opens the host page with the built self-contained file and holds back every script but the entry
 * file until the first step is in the DOM, so the step can only appear if the entry alone renders
 * it. The visitor starts typing before the data has come; then the rest goes through, and the
 * visitor picks a municipality.
 */
export interface LoadingReport {
  /** Script files (relative to dist/) asked for before the first step was in the DOM, in order. */
  scriptsBeforeFirstRender: string[];
  /** Whether the first step appeared while every other script request was held back. */
  renderedFromEntryAlone: boolean;
  /** How often each script file was asked for over the whole visit. */
  scriptRequests: Record<string, number>;
  /** What the list said when the visitor typed before the data had come. */
  whileLoading: string;
  /** The first option, once the data came (without another key press). */
  firstSuggestion: string;
  chosenHeading: string;
  problems: string[];
}

export const openLoadingPage: BrowserCommand<[hints: PageHints]> = async (context, hints): Promise<LoadingReport> => {
  const server = await serveLoadPage();
  const browserContext = (context as unknown as { context: import('playwright').BrowserContext }).context;
  const tab = await browserContext.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  const held: Route[] = [];
  let releasing = false;
  const scriptFile = (url: string) => new URL(url).pathname.replace(/^\/widget\//, '');
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  tab.on('request', (request) => {
    if (request.url().endsWith('.js')) requested.push(scriptFile(request.url()));
  });
  await tab.addInitScript(recordVisitorTimes);
  await tab.route('**/widget/**', (route) => {
    if (releasing || scriptFile(route.request().url()) === entryFile) return route.continue();
    held.push(route);
    return undefined;
  });
  try {
    // Not until `load`: a held static import would hold that back as well.
    await tab.goto(`${server.origin}/${hints === 'plain' ? '' : hints}`, { waitUntil: 'commit' });
    const renderedFromEntryAlone = await tab
      .waitForFunction(() => (window as unknown as { __npoTimes: { firstRender?: number } }).__npoTimes.firstRender !== undefined, undefined, { timeout: 15_000 })
      .then(() => true, () => false);
    const scriptsBeforeFirstRender = [...requested];

    // The visitor types before the data has come: the list says so, then fills without another key.
    const widget = tab.locator('npo-gemeentecheck');
    const input = widget.locator('#municipality-input');
    await input.click();
    await input.pressSequentially('Vaals');
    const whileLoading = renderedFromEntryAlone ? ((await widget.locator('.no-results').textContent()) ?? '').trim() : '';
    releasing = true;
    await Promise.all(held.map((route) => route.continue()));
    const firstSuggestion = (await widget.locator('[role="option"]').first().textContent({ timeout: 15_000 })) ?? '';
    await input.press('ArrowDown');
    await input.press('Enter');
    await input.press('Enter');
    const chosenHeading = (await widget.locator('h2', { hasText: /Vaals/ }).textContent({ timeout: 15_000 })) ?? '';
    const scriptRequests: Record<string, number> = {};
    for (const file of requested) scriptRequests[file] = (scriptRequests[file] ?? 0) + 1;
    return { scriptsBeforeFirstRender, renderedFromEntryAlone, scriptRequests, whileLoading, firstSuggestion: firstSuggestion.trim(), chosenHeading: chosenHeading.trim(), problems };
  } finally {
    await tab.close();
    await server.close();
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    openLoadingPage: (hints: PageHints) => Promise<LoadingReport>;
  }
}
