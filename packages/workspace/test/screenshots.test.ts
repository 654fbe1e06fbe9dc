// Pictures of the list, the case view and the dashboard with the map. `npm run screenshots` writes them to
// docs/images for docs/intake.md; a plain test run writes them to temp/screenshots, so the tree stays clean.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newTab, signIn, startBrowser } from './support/browser.js';
import { type RunningIntake, startIntake } from './support/intake.js';

const dir = fileURLToPath(new URL(process.env['NPO_UPDATE_SCREENSHOTS'] ? '../../../docs/images/' : '../temp/screenshots/', import.meta.url));

let intake: RunningIntake;
let browser: Browser;

beforeAll(async () => {
  await mkdir(dir, { recursive: true });
  intake = await startIntake({ requests: 60 });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await intake?.close();
});

test('the list, a case and the dashboard render as pictures', async () => {
  const { tab, close } = await newTab(browser, { width: 1280, height: 900 });
  await signIn(tab, intake, intake.coordinatorToken);
  await tab.locator('npo-request-list tbody tr').nth(24).waitFor();
  const list = await tab.screenshot({ path: `${dir}workspace-list.png`, fullPage: false });

  const { items } = (await (await intake.api('/api/requests?limit=1')).json()) as { items: { id: string }[] };
  await tab.goto(`${intake.workspace}requests/${items[0]!.id}`);
  await tab.locator('npo-case-view h2#check-heading').waitFor();
  await tab.getByLabel('Nieuwe notitie').fill('Gebeld met de beleidsmedewerker: intake op 12 maart.');
  await tab.getByRole('button', { name: 'Notitie opslaan' }).click();
  await tab.getByText('Notitie opgeslagen.').waitFor();
  await tab.evaluate(() => window.scrollTo(0, 0));
  const view = await tab.screenshot({ path: `${dir}workspace-case.png`, fullPage: true });

  await tab.goto(`${intake.workspace}overzicht`);
  await tab.locator('npo-nl-map a.municipality').nth(341).waitFor();
  await tab.locator('npo-nl-map a[data-code="GM0088"]').hover();
  const dashboard = await tab.screenshot({ path: `${dir}workspace-dashboard.png`, fullPage: true });

  // PNG files of a real page, not blank: a dashboard with a map is taller than one screen.
  for (const png of [list, view, dashboard]) expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(dashboard.readUInt32BE(20)).toBeGreaterThan(1500);
  await close();
});
