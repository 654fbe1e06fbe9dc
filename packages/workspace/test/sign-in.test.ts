// Signing in with a personal token, keeping it nowhere in the browser, and signing out on the server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreign, newTab, signIn, startBrowser } from './support/browser.js';
import { type RunningIntake, startIntake } from './support/intake.js';

let intake: RunningIntake;
let browser: Browser;

beforeAll(async () => {
  intake = await startIntake({ requests: 6 });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await intake?.close();
});

/** The 401 of the first `GET /api/session` (not signed in yet) is the expected answer, not a fault. */
const faults = (problems: string[]) => problems.filter((p) => !p.includes('401 (Unauthorized)'));

describe('sign-in', () => {
  test('the page has no inline script or style and loads only its own files', async () => {
    const response = await fetch(intake.workspace);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/style=|<style|<script>(?!<\/script>)|<script(?![^>]*\bsrc=)/);
    expect(html).toContain('<script type="module" src="/admin/app.js"></script>');
  });

  test('a wrong token gets a plain message; the right one opens the list; the token is kept nowhere', async () => {
    const { tab, problems, requests, violations, close } = await newTab(browser);
    await tab.goto(intake.workspace);
    // Not signed in: the app sends to the sign-in view and remembers where to return.
    await tab.waitForURL(/\/admin\/sign-in\?next=/);
    const field = tab.getByLabel('Persoonlijk token');
    await field.fill('npo_wrong-token-wrong-token-wrong-token-wrong');
    await field.press('Enter');
    await expect.poll(() => tab.getByText('Dit token is onbekend of ingetrokken').count()).toBe(1);
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill(intake.coordinatorToken);
    await field.press('Enter');
    await tab.getByRole('heading', { level: 1, name: 'Aanvragen' }).waitFor();
    expect(new URL(tab.url()).pathname).toBe('/admin/');
    await tab.getByText('6 aanvragen gevonden').waitFor();
    expect(await tab.getByText('Ingelogd als Carla Coördinator (coördinator)').count()).toBe(1);

    const stored = await tab.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(intake.coordinatorToken);
    const cookies = await tab.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(['npo_session']);
    expect(cookies[0]?.httpOnly).toBe(true);
    expect(cookies[0]?.value).not.toContain(intake.coordinatorToken);
    // The field is empty once the session exists: the token is not left in the page either.
    expect(await tab.evaluate(() => document.body.innerHTML.includes('npo_'))).toBe(false);

    expect(faults(problems)).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(foreign(requests, intake)).toEqual([]);
    await close();
  });

  test('signing out ends the session on the server', async () => {
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.adviserToken);
    const cookie = (await tab.context().cookies())[0]!;
    await tab.getByRole('button', { name: 'Uitloggen' }).click();
    await tab.getByText('U bent uitgelogd.').waitFor();
    await tab.getByLabel('Persoonlijk token').waitFor();
    // The old cookie no longer opens anything.
    const answer = await fetch(`${intake.origin}/api/requests`, { headers: { Cookie: `${cookie.name}=${cookie.value}` } });
    expect(answer.status).toBe(401);
    await close();
  });

  test('a session the server ended sends back to the sign-in, which returns to the same view', async () => {
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.coordinatorToken);
    await tab.getByText('6 aanvragen gevonden').waitFor();
    // The session ends elsewhere (another tab signs out): the next call gets a 401.
    const cookie = (await tab.context().cookies())[0]!;
    const ended = await fetch(`${intake.origin}/api/session`, {
      method: 'DELETE',
      headers: { Cookie: `${cookie.name}=${cookie.value}`, Origin: intake.origin },
    });
    expect(ended.status).toBe(204);
    await tab.getByRole('link', { name: 'Overzicht' }).click();
    await tab.getByText('Uw sessie is verlopen. Log opnieuw in.').waitFor();
    await tab.waitForURL((url) => url.pathname === '/admin/sign-in' && url.searchParams.get('next') === '/admin/overzicht');
    const field = tab.getByLabel('Persoonlijk token');
    await field.fill(intake.coordinatorToken);
    await field.press('Enter');
    await tab.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await close();
  });
});
