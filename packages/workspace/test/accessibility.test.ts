// WCAG 2.1 AA in real Chromium: axe on every view in Dutch and English, the whole day by keyboard,
// reflow at 320 CSS pixels, and the map and charts in forced-colors mode.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, deepActive, newTab, signIn, startBrowser, tabTo } from './support/browser.js';
import { type RunningIntake, startIntake } from './support/intake.js';

let intake: RunningIntake;
let browser: Browser;
let caseId: string;

beforeAll(async () => {
  intake = await startIntake({ requests: 12 });
  browser = await startBrowser();
  caseId = ((await (await intake.api('/api/requests?limit=1')).json()) as { items: { id: string }[] }).items[0]!.id;
});

afterAll(async () => {
  await browser?.close();
  await intake?.close();
});

/** Opens every table alternative, so axe checks them too. */
async function openDetails(tab: Page): Promise<void> {
  await tab.evaluate(() => {
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (const el of all(document)) if (el instanceof HTMLDetailsElement) el.open = true;
  });
}

/** The views, each with what shows it is ready. */
const views = [
  { name: 'list', path: '', ready: 'npo-request-list tbody tr' },
  { name: 'case', path: () => `requests/${caseId}`, ready: 'npo-case-view h2#check-heading' },
  { name: 'dashboard', path: 'overzicht', ready: 'npo-nl-map svg[role=group]' },
  { name: 'not found', path: 'no-such-page', ready: 'npo-workspace h1' },
];

const pathOf = (view: (typeof views)[number]) => (typeof view.path === 'function' ? view.path() : view.path);

describe.each(['nl', 'en'] as const)('axe in %s', (lang) => {
  test('sign-in and every view have no WCAG 2.1 A/AA violation', async () => {
    const { tab, close } = await newTab(browser);
    await tab.goto(intake.workspace);
    if (lang === 'en') await tab.getByRole('button', { name: 'Switch to English' }).click();
    await tab.getByLabel(lang === 'nl' ? 'Persoonlijk token' : 'Personal token').waitFor();
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await axeViolations(tab)).toEqual([]);
    await signIn(tab, intake, intake.coordinatorToken);
    for (const view of views) {
      await tab.goto(`${intake.workspace}${pathOf(view)}`);
      await tab.locator(view.ready).first().waitFor();
      await openDetails(tab);
      expect(await axeViolations(tab), view.name).toEqual([]);
    }
    // The erase confirmation, open.
    await tab.goto(`${intake.workspace}requests/${caseId}`);
    await tab.getByRole('button', { name: lang === 'nl' ? 'Aanvraag wissen…' : 'Erase request…' }).click();
    await tab.getByRole('dialog').waitFor();
    expect(await axeViolations(tab), 'erase dialog').toEqual([]);
    await close();
  });
});

describe('reflow', () => {
  test('at 320 CSS pixels no view scrolls sideways (tables scroll inside their own box)', async () => {
    const { tab, close } = await newTab(browser, { width: 320, height: 800 });
    await signIn(tab, intake, intake.coordinatorToken);
    for (const view of views) {
      await tab.goto(`${intake.workspace}${pathOf(view)}`);
      await tab.locator(view.ready).first().waitFor();
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      expect(width, view.name).toBeLessThanOrEqual(320);
    }
    await close();
  });
});

describe('keyboard only', () => {
  test('sign in, filter, open a request, assign, note, move it, cancel an erase, use the map', async () => {
    const { tab, close } = await newTab(browser);
    await tab.goto(intake.workspace);
    await tab.getByLabel('Persoonlijk token').waitFor();
    // The first Tab reaches the skip link.
    await tab.keyboard.press('Tab');
    expect((await deepActive(tab)).text).toBe('Naar de inhoud');
    await tabTo(tab, (a) => a.id === 'token');
    await tab.keyboard.type(intake.coordinatorToken);
    await tab.keyboard.press('Enter');
    // Each change of view puts the focus on its heading.
    await tab.waitForFunction(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.tagName === 'H1' && a.textContent?.trim() === 'Aanvragen';
    });
    // Filter on a municipality: type its name, Enter sends the form.
    await tabTo(tab, (a) => a.id === 'f-municipality');
    await tab.keyboard.type('Vaals');
    await tab.keyboard.press('Enter');
    await tab.waitForURL((url) => url.searchParams.get('municipality') === 'GM0981');
    await tab.locator('npo-request-list h2#results', { hasText: 'gevonden' }).waitFor();
    const link = await tabTo(tab, (a) => a.tag === 'A' && /^NPO-\d{4}-\d{6}$/.test(a.text), 120);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction((ref) => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.tagName === 'H1' && a.textContent?.trim() === `Aanvraag ${ref}`;
    }, link.text);

    await tabTo(tab, (a) => a.id === 'move-to');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Tab');
    expect((await deepActive(tab)).id).toBe('move-note');
    await tab.keyboard.type('Telefonisch besproken.');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.id === 'move-status' && (a.textContent ?? '').startsWith('Verplaatst naar');
    });

    const focusedStatus = (id: string, text: string) =>
      tab.waitForFunction(
        ([wanted, words]) => {
          let a: Element | null = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a !== null && a.id === wanted && (a.textContent ?? '').includes(words!);
        },
        [id, text],
      );
    // Assign: the provider by arrow key, the adviser typed, Enter on the button.
    await tabTo(tab, (a) => a.id === 'assign-provider', 120);
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Tab');
    expect((await deepActive(tab)).id).toBe('assign-adviser');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await focusedStatus('assign-status', 'Toewijzing opgeslagen.');
    // A note.
    await tabTo(tab, (a) => a.id === 'note-text', 120);
    await tab.keyboard.type('Afspraak gemaakt voor de intake.');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await focusedStatus('note-status', 'Notitie opgeslagen.');
    const id = new URL(tab.url()).pathname.split('/').pop();
    const stored = (await (await intake.api(`/api/requests/${id}`)).json()) as { provider: string; notes: { text: string }[] };
    expect(stored.provider).toBe('sardes');
    expect(stored.notes.map((n) => n.text)).toContain('Afspraak gemaakt voor de intake.');

    // The erase confirmation opens on its safe choice, and Escape closes it with nothing erased.
    await tabTo(tab, (a) => a.text === 'Aanvraag wissen…', 120);
    await tab.keyboard.press('Enter');
    await tab.getByRole('dialog').waitFor();
    expect((await deepActive(tab)).text).toBe('Annuleren');
    await tab.keyboard.press('Escape');
    await tab.getByRole('dialog').waitFor({ state: 'hidden' });
    expect((await deepActive(tab)).text).toBe('Aanvraag wissen…');
    expect((await intake.api(`/api/requests/${(await tab.url()).split('/').pop()}`)).status).toBe(200);

    // The dashboard's map: one tab stop, arrow keys to neighbours, a tooltip on focus, Enter to the list.
    await tab.goto(`${intake.workspace}overzicht`);
    await tab.locator('npo-nl-map svg[role=group]').waitFor();
    // SVG elements keep their lower-case tag name: `a` is a municipality, `A` an HTML link.
    await tabTo(tab, (a) => a.tag === 'a', 200);
    const codeOf = () =>
      tab.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a?.getAttribute('data-code') ?? null;
      });
    const start = await codeOf();
    expect(start).toMatch(/^GM\d{4}$/);
    await tab.keyboard.press('ArrowRight');
    const next = await codeOf();
    expect(next).toMatch(/^GM\d{4}$/);
    expect(next).not.toBe(start);
    expect(await tab.locator('npo-nl-map .tooltip').isVisible()).toBe(true);
    // One tab stop: Tab leaves the map at once.
    await tab.keyboard.press('Tab');
    expect(await codeOf()).toBeNull();
    await tab.keyboard.press('Shift+Tab');
    expect(await codeOf()).toBe(next);
    await tab.keyboard.press('Enter');
    await tab.waitForURL((url) => url.searchParams.get('municipality') === next);
    await tab.locator('npo-request-list h2#results').waitFor();
    await close();
  });
});
