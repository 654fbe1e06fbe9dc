// Runs guide blocks that need a browser in Debian's Chromium (never a downloaded one). The page holds
// the guide's ```html blocks as a webmaster would paste them; a script path ending in
// /npo-gemeentecheck.js and the chunks/ folder next to it are served from the built widget, as the
// widget guide tells webmasters to copy them. Server on 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launch } from '@npo-gemeenten/example-test-support/browser';

const widgetDist = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));
const docsDir = fileURLToPath(new URL('../', import.meta.url));

/** Bundles one block for the browser, resolving package imports from docs/. */
async function bundle(block) {
  const result = await esbuild.build({
    stdin: { contents: block.code, resolveDir: docsDir, loader: block.lang, sourcefile: `${block.doc}#${block.index}` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(html, scripts) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    if (scripts.has(path)) return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(scripts.get(path));
    const widgetFile = /\/(npo-gemeentecheck\.js|chunks\/[\w.-]+\.js)$/.exec(path)?.[1];
    if (widgetFile) {
      const file = normalize(join(widgetDist, widgetFile));
      return void readFile(file).then(
        (content) => res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(content),
        () => res.writeHead(404).end(),
      );
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs the blocks of one guide in order on one page (later blocks may use what earlier ones set up,
 * as on a real page). Returns one entry per block: `null` when it ran, else the error text.
 */
export async function runInBrowser(blocks, htmlBlocks) {
  const scripts = new Map();
  for (const block of blocks) scripts.set(`/block-${block.index}.js`, await bundle(block));
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>docs</title></head><body><main><h1>Docs</h1>\n${htmlBlocks.join('\n')}\n</main></body></html>`;
  const server = await serve(html, scripts);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    const foreignRequests = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) foreignRequests.push(request.url());
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const results = [];
    for (const block of blocks) {
      const before = pageErrors.length;
      try {
        await page.evaluate((url) => import(url).then(() => undefined), `/block-${block.index}.js`);
        // Give listeners and lazy loads started by the block a moment to fail loudly.
        await page.waitForTimeout(200);
        results.push(pageErrors.length > before ? pageErrors.slice(before).join('\n') : null);
      } catch (error) {
        results.push(String(error));
      }
    }
    // What a visitor sees of the pasted tag: the heading of the widget's first step, if it rendered.
    const widgetHeading = await page
      .locator('npo-gemeentecheck h2')
      .first()
      .textContent({ timeout: 10_000 })
      .catch(() => null);
    return { results, foreignRequests, widgetHeading };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
