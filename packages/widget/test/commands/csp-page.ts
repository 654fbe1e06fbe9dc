import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

/**
 * Serves the built self-contained file on a page with `Content-Security-Policy: default-src 'self'`
 * and a mock endpoint, from 127.0.0.1 only, and walks the flow there with Playwright.
 */
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const csp = "default-src 'self'";

const page = (lang: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>CSP test</title>
<script type="module" src="/dist/npo-gemeentecheck.js"></script>
</head>
<body>
<main>
<h1>CSP test</h1>
<npo-gemeentecheck offer-status="open" endpoint="/api/requests" privacy-url="/privacy" contact-email="info@example.org"></npo-gemeentecheck>
</main>
</body>
</html>`;

const types: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json' };

interface Received {
  idempotencyKey: string | undefined;
  body: unknown;
}

function startServer(received: Received[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
    if (url.pathname === '/api/requests' && req.method === 'POST') {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        received.push({ idempotencyKey: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(text) });
        res.writeHead(201, { ...headers, 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: 'req-1', reference: 'NPO-CSP-0001', status: 'submitted' }));
      });
      return;
    }
    if (url.pathname.startsWith('/dist/')) {
      const file = normalize(join(distDir, url.pathname.slice('/dist/'.length)));
      if (!file.startsWith(distDir)) {
        res.writeHead(403, headers).end();
        return;
      }
      readFile(file).then(
        (content) => res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(content),
        () => res.writeHead(404, headers).end(),
      );
      return;
    }
    if (url.pathname === '/' || url.pathname === '/en') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(page(url.pathname === '/en' ? 'en' : 'nl'));
      return;
    }
    // The browser asks for a favicon on its own; an empty answer keeps the console clean.
    res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, headers).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface CspReport {
  violations: string[];
  consoleErrors: string[];
  requestedUrls: string[];
  origin: string;
  firstHeading: string;
  schoolHint: string;
  restoredName: string;
  reference: string;
  received: Received[];
}

export const openCspPage: BrowserCommand<[lang?: string]> = async (context, lang = 'nl'): Promise<CspReport> => {
  const received: Received[] = [];
  const server = await startServer(received);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browserContext = (context as unknown as { context: import('playwright').BrowserContext }).context;
  const tab = await browserContext.newPage();
  const consoleErrors: string[] = [];
  const requestedUrls: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => consoleErrors.push(String(error)));
  tab.on('request', (request) => requestedUrls.push(request.url()));
  // Init scripts run outside the page's CSP, so the listener is in place before any script.
  await tab.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    await tab.goto(`${origin}/${lang === 'en' ? 'en' : ''}`);
    const widget = tab.locator('npo-gemeentecheck');
    const firstHeading = (await widget.locator('h2').textContent({ timeout: 10_000 })) ?? '';
    const input = widget.locator('#municipality-input');
    await input.click();
    await input.pressSequentially('Vaals');
    await widget.locator('[role="option"]').first().waitFor();
    await input.press('ArrowDown');
    await input.press('Enter');
    await input.press('Enter');
    await widget.locator('h2', { hasText: /Vaals/ }).waitFor();
    await widget.locator('button[type="submit"]').click();
    const schoolHint = (await widget.locator('#share-school-hint').textContent({ timeout: 10_000 })) ?? '';
    await widget.locator('#capacity-yes').check();
    await widget.locator('#coronaImpact-above-average').check();
    await widget.locator('button[type="submit"]').click();
    await widget.locator('.outcome').waitFor();
    await widget.locator('.actions button.primary').click();
    await widget.locator('#f-name').fill('Anna de Vries');
    // A real reload: the draft must come back from sessionStorage.
    await tab.reload();
    await widget.locator('#f-name').waitFor({ timeout: 10_000 });
    const restoredName = await widget.locator('#f-name').inputValue();
    await widget.locator('#f-role').fill('Beleidsmedewerker onderwijs');
    await widget.locator('#f-email').fill('anna@vaals.example');
    await widget.locator('#f-supportTypes-0').check();
    await widget.locator('#f-planPhases-1').check();
    await widget.locator('#f-question').fill('Wij willen graag hulp bij het opzetten van een lokale coalitie.');
    await widget.locator('#f-privacyConsent').check();
    await widget.locator('button[type="submit"]').click();
    // The check of the answers, then sending.
    await widget.locator('dl.summary').waitFor();
    await widget.locator('button[type="submit"]').click();
    const reference = (await widget.locator('.reference').textContent({ timeout: 10_000 })) ?? '';
    const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    return { violations, consoleErrors, requestedUrls, origin, firstHeading, schoolHint, restoredName, reference, received };
  } finally {
    await tab.close();
    await new Promise((resolve) => server.close(resolve));
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    openCspPage: (lang?: string) => Promise<CspReport>;
  }
}
