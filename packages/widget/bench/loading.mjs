// What a visitor waits for, in Chromium with a mobile and a desktop profile: the built widget on a
// host page until its first step is in the DOM, and until the first suggestion when typing starts
// right then; beside it, the Open Formulieren SDK's published bundle until its script has run.
// Median of 5 fresh visits (no cache) each; files go out gzipped from 127.0.0.1. Writes
// temp/bench-loading.json for write-figures.mjs, and prints the comparison.
import { cpus } from 'node:os';
import { writeFile, mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import { recordVisitorTimes, serveLoadPage } from '../scripts/load-page.mjs';
import { fetchOpenFormulierenBundle, openFormulierenSdk } from './open-formulieren.mjs';

const visits = 5;

// Lighthouse's throttling: its mobile profile (a mid-range phone on slow 4G) and its desktop one.
const profiles = [
  {
    name: 'mobile',
    label: 'mobile: 4x CPU slowdown, 1.6 Mbps down, 0.75 Mbps up, 150 ms RTT',
    cpuSlowdown: 4,
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    device: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  {
    name: 'desktop',
    label: 'desktop: no CPU slowdown, 10 Mbps down and up, 40 ms RTT',
    cpuSlowdown: 1,
    network: { latency: 40, downloadThroughput: 10_000_000 / 8, uploadThroughput: 10_000_000 / 8 },
    device: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  },
];

/** A fresh tab (own cache) with the profile's CPU and network, recording the visitor times. */
async function openThrottled(browser, profile) {
  const context = await browser.newContext(profile.device);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  await tab.addInitScript(recordVisitorTimes, { focusFirstStep: true });
  return { tab, close: () => context.close() };
}

const timesIn = (tab) => tab.evaluate(() => ({ ...window.__npoTimes }));
const waitForTime = (tab, key) =>
  tab.waitForFunction((k) => window.__npoTimes[k] !== undefined, key, { polling: 'raf', timeout: 120_000 });

/** One visit to the widget page (`/` or a page with hints): first step, then typing into the field at once. */
async function visitWidget(browser, url, profile) {
  const { tab, close } = await openThrottled(browser, profile);
  try {
    await tab.goto(url, { waitUntil: 'commit' });
    // The page focuses the field itself at the first step, so typing starts at once.
    await waitForTime(tab, 'firstRender');
    await tab.keyboard.type('Vaals');
    await waitForTime(tab, 'firstSuggestion');
    await waitForTime(tab, 'ready');
    const t = await timesIn(tab);
    return { firstRender: t.firstRender, ready: t.ready, firstSuggestion: t.firstSuggestion, keyToSuggestion: t.firstSuggestion - t.firstKey, keyDelay: t.firstKey - t.firstRender };
  } finally {
    await close();
  }
}

/** One visit to the page with the Open Formulieren SDK bundle, until its script has run. */
async function visitComparison(browser, origin, profile) {
  const { tab, close } = await openThrottled(browser, profile);
  try {
    await tab.goto(`${origin}/comparison`, { waitUntil: 'commit' });
    await waitForTime(tab, 'scriptLoaded');
    return { scriptLoaded: (await timesIn(tab)).scriptLoaded };
  } finally {
    await close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value) => Math.round(value);
const runsNote = (values) => `median of ${values.length}; runs ${values.map(ms).join(', ')} ms`;

const sdk = await fetchOpenFormulierenBundle();
if ('skipped' in sdk) console.warn(`Open Formulieren SDK: comparison skipped. ${sdk.skipped}`);
const server = await serveLoadPage({ gzip: true, ...('file' in sdk ? { comparisonScript: sdk.file } : {}) });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 16)}Z`;
const figures = [];
try {
  for (const profile of profiles) {
    const widget = [];
    const preloaded = [];
    const comparison = [];
    // Alternating, so a busy moment on a shared machine touches all sides alike.
    for (let i = 0; i < visits; i++) {
      widget.push(await visitWidget(browser, `${server.origin}/`, profile));
      preloaded.push(await visitWidget(browser, `${server.origin}/modulepreload-fetchpriority`, profile));
      if ('file' in sdk) comparison.push(await visitComparison(browser, server.origin, profile));
    }
    const group = `loading, ${profile.label}`;
    const of = (list, key) => list.map((v) => v[key]);
    const firstRender = of(widget, 'firstRender');
    const sdkLoaded = of(comparison, 'scriptLoaded');
    const ratio = sdkLoaded.length > 0 ? median(sdkLoaded) / median(firstRender) : null;
    const skippedNote = 'skipped' in sdk ? `not measured: ${sdk.skipped}` : undefined;
    const row = (name, values, note = '') => ({ group, name: `<npo-gemeentecheck>${name}`, value: ms(median(values)), unit: 'ms', note: `${runsNote(values)}${note}` });
    figures.push(
      row(': first step in the DOM', firstRender, `; ${machine}`),
      row(': ready for the first key (data in, `ready` resolved)', of(widget, 'ready')),
      row(
        ': first suggestion, typing "Vaals" at the first step',
        of(widget, 'firstSuggestion'),
        `; includes the test driver's ${ms(median(of(widget, 'keyDelay')))} ms (median) from first step to first key`,
      ),
      row(': first key press to first suggestion', of(widget, 'keyToSuggestion')),
      row(', page with modulepreload and fetchpriority: first step in the DOM', of(preloaded, 'firstRender')),
      row(', page with modulepreload and fetchpriority: ready for the first key', of(preloaded, 'ready')),
      {
        group,
        name: `${openFormulierenSdk}: dist/open-forms-sdk.js evaluated`,
        value: sdkLoaded.length > 0 ? ms(median(sdkLoaded)) : null,
        unit: 'ms',
        note: skippedNote ?? `${runsNote(sdkLoaded)}; no form rendered yet`,
      },
      {
        group,
        name: 'Open Formulieren SDK evaluated / widget first step',
        value: ratio === null ? null : Number(ratio.toFixed(1)),
        unit: '×',
        note: skippedNote ?? 'ratio of the medians',
      },
    );
    console.log(`\n${group} (${machine})`);
    for (const f of figures.filter((f) => f.group === group)) console.log(`  ${f.name}: ${f.value ?? 'n/a'} ${f.unit}  (${f.note})`);
  }
} finally {
  await browser.close();
  await server.close();
  if ('remove' in sdk) await sdk.remove();
}

await mkdir(new URL('../temp/', import.meta.url), { recursive: true });
await writeFile(new URL('../temp/bench-loading.json', import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
