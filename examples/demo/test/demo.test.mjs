// End to end: a visitor uses the example page by keyboard only, the request lands in SQLite through
// the intake, and staff find it through the admin API, the CSV and the workspace at the intake's /admin.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { startDemo } from '../server.mjs';
import { axeViolations, expectInlineScriptBlocked, headingFocused, launch, openTab } from '@npo-gemeenten/example-test-support/browser';
import { submitAsVisitor } from './visitor.mjs';

const email = 'anna.de.vries@heuvelrand.example';
let dataDir;
let demo;
let browser;
/** What the visitor's confirmation showed; later tests look for it. */
let reference;

function pageOrigin() {
  return new URL(demo.pageUrl).origin;
}

/** Only the two local servers may ever be contacted. */
function foreignRequests(requests) {
  const own = [pageOrigin(), demo.intakeUrl];
  return requests.filter((url) => !own.some((origin) => url.startsWith(`${origin}/`)));
}

function admin(path, init = {}) {
  return fetch(`${demo.intakeUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${demo.adminToken}`, ...init.headers },
  });
}

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'npo-demo-'));
  demo = await startDemo({ pagePort: 0, intakePort: 0, dataDir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start demo', () => {
  test('starts with a token on disk and a strict CSP naming only the intake', async () => {
    assert.match(demo.pageUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(demo.intakeUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(demo.adminToken, /^[0-9a-f]{64}$/);
    assert.equal((await readFile(join(dataDir, 'admin-token'), 'utf8')).trim(), demo.adminToken);
    assert.equal((await stat(join(dataDir, 'admin-token'))).mode & 0o077, 0, 'token file is private');
    assert.equal(demo.dbFile, join(dataDir, 'intake.sqlite'));

    const response = await fetch(demo.pageUrl);
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.ok(csp.startsWith(`default-src 'self'; connect-src 'self' ${demo.intakeUrl};`), csp);
    assert.doesNotMatch(csp, /unsafe/);
    const html = await response.text();
    assert.ok(html.includes('<script type="module" src="/widget/npo-gemeentecheck.js"></script>'));
    assert.ok(html.includes(`endpoint="${demo.intakeUrl}/api/requests"`));
    assert.doesNotMatch(html, /style=|<script>|<style/);

    // Only the widget's build is served from its folder, and nothing outside the public folder.
    assert.equal((await fetch(new URL('/widget/npo-gemeentecheck.js', demo.pageUrl))).status, 200);
    assert.equal((await fetch(new URL('/widget/index.js', demo.pageUrl))).status, 404);
    assert.equal((await fetch(new URL('/%2e%2e/server.mjs', demo.pageUrl))).status, 404);
    assert.equal((await fetch(new URL('/%2e%2e/.data/admin-token', demo.pageUrl))).status, 404);
  });

  test('a visitor checks Vaals and sends a request by keyboard only', async () => {
    const { tab, problems, requests, violations, close } = await openTab(browser);
    await tab.goto(demo.pageUrl);
    const widget = tab.locator('npo-gemeentecheck');
    assert.equal(await widget.getAttribute('privacy-url'), '/privacy.html');
    await widget.locator('h2', { hasText: 'Kies uw gemeente' }).waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(tab), []);

    await submitAsVisitor(tab, { municipality: 'Vaals', email });
    await headingFocused(tab, 'Aanvraag ontvangen');
    reference = ((await widget.locator('.reference').textContent()) ?? '').trim();
    assert.match(reference, /^NPO-\d{4}-\d{6}$/);

    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    assert.ok(requests.includes(`${demo.intakeUrl}/api/requests`), 'the request went to the intake');
    assert.ok(requests.some((url) => url.endsWith('/widget/chunks/npo-gemeentecheck.data.js')), 'CBS data came as a local chunk');

    // The privacy statement the consent links to is there and also CSP-clean.
    await tab.goto(new URL('/privacy.html', demo.pageUrl).href);
    await tab.locator('h1', { hasText: 'Privacyverklaring' }).waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(await axeViolations(tab), []);
    await close();
  });

  test('the receipt and the coordinator notice appear on the local mail page', async () => {
    assert.ok(reference, 'the visitor test stored a request');
    const deadline = Date.now() + 15_000;
    while (demo.mails.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const receipt = demo.mails.find((m) => m.to.includes(email));
    assert.ok(receipt, 'the requester got a receipt');
    assert.equal(receipt.subject, `Ontvangstbevestiging ${reference}`);
    assert.match(receipt.text, new RegExp(`Uw kenmerk: ${reference}`));
    const notice = demo.mails.find((m) => m.to.includes('coordinator@demo.invalid'));
    assert.match(notice?.subject ?? '', new RegExp(`^Nieuwe aanvraag ${reference} \\(Vaals\\)$`));

    const { tab, problems, violations, close } = await openTab(browser);
    await tab.goto(demo.mailsUrl);
    await tab.locator('h2', { hasText: `Ontvangstbevestiging ${reference}` }).waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(await axeViolations(tab), []);
    assert.deepEqual(problems, []);
    await close();
  });

  test('the CSP check itself catches a violation', async () => {
    // Guards the checks above: an inline script on this page must be reported, not silently pass.
    const { tab, violations, close } = await openTab(browser);
    await tab.goto(demo.pageUrl);
    await expectInlineScriptBlocked(tab, violations);
    await close();
  });

  test('the request is in the SQLite file, the admin API and the CSV', async () => {
    assert.ok(reference, 'the visitor test stored a request');
    const list = await admin('/api/requests?limit=50');
    assert.equal(list.status, 200);
    const page = await list.json();
    const item = page.items.find((i) => i.reference === reference);
    assert.ok(item, `admin list has ${reference}`);
    assert.equal(item.status, 'submitted');
    assert.equal(item.request.municipality.code, 'GM0981');
    assert.equal(item.request.contact.email, email);
    assert.equal(item.clientDecision.outcome, 'eligible');
    // The server's own CBS figures agree with what the widget showed.
    assert.equal(item.eligibilityFlagged, false, JSON.stringify(item.eligibilityCheck.differences));

    const db = new Database(demo.dbFile, { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare("SELECT id, status, municipality_code, json_extract(request_json, '$.contact.email') AS email FROM support_requests")
        .all();
      assert.deepEqual(rows, [{ id: item.id, status: 'submitted', municipality_code: 'GM0981', email }]);
    } finally {
      db.close();
    }

    const csv = await admin('/api/requests.csv');
    assert.equal(csv.status, 200);
    const text = await csv.text();
    assert.ok(text.includes(reference) && text.includes('Vaals') && text.includes(email), text.slice(0, 500));

    // Without the token the admin API says no.
    assert.equal((await fetch(`${demo.intakeUrl}/api/requests`)).status, 401);
  });

  test('staff sign in to the workspace at the intake, see the request, move it and download the CSV', async () => {
    // The page's link leads to the workspace on the intake's origin; the old address sends there too.
    const moved = await fetch(new URL('/admin', demo.pageUrl), { redirect: 'manual' });
    assert.equal(moved.status, 308);
    assert.equal(moved.headers.get('location'), `${demo.intakeUrl}/admin/`);
    assert.equal(demo.workspaceUrl, `${demo.intakeUrl}/admin/`);

    const { tab, problems, requests, violations, close } = await openTab(browser);
    await tab.goto(demo.pageUrl);
    await tab.getByRole('link', { name: 'Werkplek (medewerkers)' }).click();
    await tab.waitForURL(/\/admin\/sign-in/);
    await tab.getByLabel('Persoonlijk token').fill(demo.coordinatorToken);
    await tab.getByLabel('Persoonlijk token').press('Enter');
    await tab.getByText('Ingelogd als Demo Coördinator (coördinator)').waitFor();

    // The visitor's request, with the server's check agreeing.
    const row = tab.locator('npo-request-list tbody tr', { hasText: reference });
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    assert.equal(cells[2], 'Vaals');
    assert.equal(cells[5], 'Klopt');
    assert.equal(cells[6], 'Ingediend');
    assert.deepEqual(await axeViolations(tab), []);

    await row.getByRole('link', { name: reference }).click();
    await tab.getByRole('heading', { level: 1, name: `Aanvraag ${reference}` }).waitFor();
    await tab.getByLabel('Verplaatsen naar').selectOption('intake');
    await tab.getByLabel('Reden', { exact: false }).fill('Gebeld met de gemeente.');
    await tab.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await tab.getByText('Verplaatst naar Intake.').waitFor();
    const stored = await (await admin(`/api/requests/${reference}`)).json();
    assert.equal(stored.status, 'intake');
    assert.deepEqual(
      stored.history.map(({ from, to, actor, note }) => ({ from, to, actor, note })),
      // A personal account: the history names the person who moved it.
      [{ from: 'submitted', to: 'intake', actor: demo.coordinatorEmail, note: 'Gebeld met de gemeente.' }],
    );

    await tab.getByRole('link', { name: 'Terug naar de aanvragen' }).click();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: 'CSV downloaden' }).click()]);
    assert.match(download.suggestedFilename(), /^npo-aanvragen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.includes(reference) && csv.includes('intake'), csv.slice(0, 500));

    assert.deepEqual(await violations(), []);
    // Chromium logs the first `GET /api/session` (not signed in yet, 401) as a console error.
    assert.deepEqual(problems.filter((p) => !/status of 401/.test(p)), []);
    assert.deepEqual(foreignRequests(requests), []);
    await close();
  });

  test('a restart on the same data folder keeps the token and the requests; busy ports fall back', async () => {
    const { adminToken, coordinatorToken, pageUrl, intakeUrl } = demo;
    await demo.close();
    // Hold the old page port so the restart has to pick another one.
    const blocker = createServer();
    const busyPort = Number(new URL(pageUrl).port);
    await new Promise((resolve, reject) => blocker.once('error', reject).listen(busyPort, '127.0.0.1', resolve));
    try {
      demo = await startDemo({ pagePort: busyPort, intakePort: Number(new URL(intakeUrl).port), dataDir });
      assert.notEqual(Number(new URL(demo.pageUrl).port), busyPort);
      assert.deepEqual(demo.busyPorts, [busyPort]);
      assert.equal(demo.adminToken, adminToken);
      assert.equal(demo.coordinatorToken, coordinatorToken, 'the personal token is kept too');
      const page = await (await admin('/api/requests')).json();
      assert.deepEqual(
        page.items.map((i) => [i.reference, i.status]),
        [[reference, 'intake']],
      );
      // The new page origin is the one the intake now allows.
      const preflight = await fetch(`${demo.intakeUrl}/api/requests`, {
        method: 'OPTIONS',
        headers: { Origin: new URL(demo.pageUrl).origin, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), new URL(demo.pageUrl).origin);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test('a second demo on the same data folder is refused while the first runs', async () => {
    // SQLite gets one intake server per file; the lock is released on close.
    await assert.rejects(startDemo({ pagePort: 0, intakePort: 0, dataDir }), /another demo \(process \d+\) is using/);
    assert.equal((await fetch(`${demo.intakeUrl}/healthz`)).status, 200, 'the first one still runs');
  });
});
