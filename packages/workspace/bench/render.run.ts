// With 10,000 stored requests in a real intake on SQLite: how long Chromium takes to show the list's
// first page and the dashboard (with the map), from the start of the navigation to the drawn view.
// Median of several loads after one warm-up; written to temp/bench.json for `npm run bench`.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { test } from 'vitest';
import { benchFiles } from '@npo-gemeenten/bench/figures';
import { newTab, signIn, startBrowser } from '../test/support/browser.js';
import { startIntake } from '../test/support/intake.js';

const stored = Number(process.env.BENCH_REQUESTS ?? 10_000);
const rounds = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds from the navigation's start until `ready` holds in the page. */
async function timeView(tab: Page, url: string, ready: () => boolean): Promise<number> {
  await tab.goto(url, { waitUntil: 'commit' });
  await tab.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  return tab.evaluate(() => performance.now());
}

function deep(selector: string): () => boolean {
  return new Function(
    `const find = (root) => { const hit = root.querySelector(${JSON.stringify(selector)}); if (hit) return hit;
       for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; } } return null; };
     return find(document) !== null;`,
  ) as () => boolean;
}

test(`list and dashboard with ${stored} requests`, async () => {
  const seeding = performance.now();
  const intake = await startIntake({ requests: stored });
  const seedSeconds = (performance.now() - seeding) / 1000;
  const browser = await startBrowser();
  try {
    const { tab } = await newTab(browser);
    await signIn(tab, intake, intake.coordinatorToken);
    const list: number[] = [];
    const dashboard: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const l = await timeView(tab, intake.workspace, deep('tbody tr:nth-child(25)'));
      const d = await timeView(tab, `${intake.workspace}overzicht`, deep('a.municipality:nth-child(342)'));
      // Round 0 warms the caches (files, SQLite pages); it is not counted.
      if (round > 0) {
        list.push(l);
        dashboard.push(d);
      }
    }
    const api = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        const response = await intake.api(path);
        await response.arrayBuffer();
        times.push(performance.now() - start);
      }
      return median(times);
    };
    const sizes = JSON.parse(readFileSync(new URL('../temp/sizes.json', import.meta.url), 'utf8')) as { files: Record<string, { bytes: number; gzip: number }> };
    const total = Object.values(sizes.files).reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }), { bytes: 0, gzip: 0 });
    const note = `median of ${rounds} loads in Chromium, ${stored} requests in SQLite`;
    const figures = [
      { group: 'render', name: `list, first page of 25 (${stored} requests)`, value: Math.round(median(list)), unit: 'ms', note },
      { group: 'render', name: `dashboard with map (${stored} requests)`, value: Math.round(median(dashboard)), unit: 'ms', note },
      { group: 'api', name: `GET /api/requests?limit=25 (${stored} requests)`, value: Math.round(await api('/api/requests?limit=25')), unit: 'ms', note: 'in-process handler, median' },
      { group: 'api', name: `GET /api/stats (${stored} requests)`, value: Math.round(await api('/api/stats')), unit: 'ms', note: 'in-process handler, median' },
      { group: 'bundle', name: 'all files, minified', value: total.bytes, unit: 'B', note: 'dist/ (app, chunks, page, styles)' },
      { group: 'bundle', name: 'all files, gzip', value: total.gzip, unit: 'B', note: 'dist/, gzip -9 per file' },
    ];
    benchFiles(new URL('../', import.meta.url)).writeBenchJson(figures);
    console.log(`seeded ${stored} requests in ${seedSeconds.toFixed(0)} s`);
    console.table(figures.map(({ name, value, unit }) => ({ name, value, unit })));
  } finally {
    await browser.close();
    await intake.close();
  }
});
