// A host page for the self-contained build, as a webmaster would write it, served from 127.0.0.1,
// and the timing a visitor feels on it. Shared by the loading test and the first-render bench.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataChunk, entryFile, pageHints } from './bundle-files.mjs';

/** @typedef {import('./bundle-files.mjs').PageHints} PageHints */

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The `<head>` lines for the widget with the given hints; `base` is the URL folder of dist/. */
export function widgetHead(hints, base = '/widget/') {
  const priority = hints === 'modulepreload-fetchpriority' ? ' fetchpriority="high"' : '';
  const preloads =
    hints === 'plain'
      ? []
      : [`<link rel="modulepreload" href="${base}${entryFile}"${priority}>`, `<link rel="modulepreload" href="${base}${dataChunk}"${priority}>`];
  return [...preloads, `<script type="module" src="${base}${entryFile}"${priority}></script>`].join('\n');
}

function page(hints) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeentecheck</title>
${widgetHead(hints)}
</head>
<body>
<main>
<h1>Ondersteuning voor kleinere gemeenten</h1>
<npo-gemeentecheck offer-status="open" contact-email="info@example.org"></npo-gemeentecheck>
</main>
</body>
</html>`;
}

/** Every file of the self-contained build (relative to dist/), raw and gzipped, read once. */
async function bundleFiles() {
  const chunks = await readdir(join(distDir, 'chunks')).catch(() => {
    throw new Error('dist/chunks/ is missing: run `npm run build` in packages/widget first');
  });
  const files = new Map();
  for (const name of [entryFile, ...chunks.map((c) => `chunks/${c}`)]) {
    const raw = await readFile(join(distDir, name));
    files.set(name, { raw, gzipped: gzipSync(raw, { level: 9 }) });
  }
  return files;
}

/** A page that loads one other classic script, to compare with. */
const comparisonPage = (src) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comparison</title>
<script src="${src}"></script>
</head>
<body><main><h1>Comparison</h1></main></body>
</html>`;

/**
 * Serves the host page (`/`, `/modulepreload`, `/modulepreload-fetchpriority`) and the
 * self-contained build under `/widget/`, from 127.0.0.1 on a port the system picks. With
 * `gzip`, files go out compressed as a web server would send them. Nothing is cached. With
 * `comparisonScript` (a file), `/comparison` is a page that loads that script instead.
 * @param {{ gzip?: boolean, comparisonScript?: string }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveLoadPage({ gzip = false, comparisonScript } = {}) {
  const files = await bundleFiles();
  if (comparisonScript) {
    const raw = await readFile(comparisonScript);
    files.set('comparison.js', { raw, gzipped: gzipSync(raw, { level: 9 }) });
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = { 'Cache-Control': 'no-store' };
    const hints = path === '/' ? 'plain' : path.slice(1);
    const html = pageHints.includes(/** @type {PageHints} */ (hints))
      ? page(/** @type {PageHints} */ (hints))
      : path === '/comparison' && comparisonScript
        ? comparisonPage('/widget/comparison.js')
        : undefined;
    if (html) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = path.startsWith('/widget/') ? files.get(path.slice('/widget/'.length)) : undefined;
    if (!file) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end();
      return;
    }
    const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res
      .writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8', ...(compress ? { 'Content-Encoding': 'gzip' } : {}) })
      .end(compress ? file.gzipped : file.raw);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Runs in the page before any of its scripts (Playwright's `addInitScript`): watches every shadow
 * root and notes in `window.__npoTimes` when the first step's search field, the element's `ready`
 * (data loaded), the first key press, the first suggestion and the end of the first classic script (its `load` event) happened, in
 * milliseconds since the navigation started. With `focusFirstStep`, the search field gets the focus
 * as soon as it is there, so a visitor's typing can start without a round trip to the test driver.
 * @param {{ focusFirstStep?: boolean }} [options]
 */
export function recordVisitorTimes({ focusFirstStep = false } = {}) {
  const times = /** @type {{ firstRender?: number, ready?: number, firstKey?: number, firstSuggestion?: number, scriptLoaded?: number }} */ ({});
  Object.defineProperty(window, '__npoTimes', { value: times });
  // The element's `ready`: the data is in and rendered, so a key press gets suggestions at once.
  void customElements
    .whenDefined('npo-gemeentecheck')
    .then(() => /** @type {{ ready?: Promise<void> } | null} */ (document.querySelector('npo-gemeentecheck'))?.ready)
    .then(() => (times.ready ??= performance.now()));
  addEventListener('keydown', () => (times.firstKey ??= performance.now()), { capture: true });
  // A classic script's `load` comes right after it has run.
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLScriptElement) times.scriptLoaded ??= performance.now();
  }, { capture: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const check = () => {
      const field = root.querySelector('#municipality-input');
      if (field && times.firstRender === undefined) {
        times.firstRender = performance.now();
        if (focusFirstStep && field instanceof HTMLElement) field.focus();
      }
      times.firstSuggestion ??= root.querySelector('[role="option"]') ? performance.now() : undefined;
    };
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
    return root;
  };
}
