// The provider's day in Chromium against a real intake on SQLite, in Dutch and in English: sign in,
// filter, open, assign, note, move, export, erase, sign out; and what an adviser may see.
import { readFile } from 'node:fs/promises';
import {
  partnerKindIds,
  planPhaseIds,
  preferredFormIds,
  preferredIntensityIds,
  providerIds,
  supportTypeIds,
  trajectoryStateIds,
  trajectoryStates,
  trajectoryTransitions,
} from '@npo-gemeenten/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foreign, newTab, startBrowser } from './support/browser.js';
import { type RunningIntake, startIntake } from './support/intake.js';

let intake: RunningIntake;
let browser: Browser;

beforeAll(async () => {
  intake = await startIntake({ requests: 30 });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await intake?.close();
});

const texts = {
  nl: {
    token: 'Persoonlijk token',
    signOut: 'Uitloggen',
    requests: 'Aanvragen',
    municipality: 'Gemeente',
    apply: 'Filters toepassen',
    found: (n: number) => `${n} aanvragen gevonden`,
    provider: 'Aanbieder',
    adviser: 'Adviseur (e-mailadres)',
    assign: 'Toewijzen',
    assigned: 'Toewijzing opgeslagen.',
    noteField: 'Nieuwe notitie',
    saveNote: 'Notitie opslaan',
    noteSaved: 'Notitie opgeslagen.',
    moveTo: 'Verplaatsen naar',
    reason: 'Reden',
    move: 'Verplaatsen',
    moved: (s: string) => `Verplaatst naar ${s}.`,
    csv: 'CSV downloaden',
    erase: 'Aanvraag wissen…',
    confirm: 'Ja, wissen',
    erased: (r: string) => `Aanvraag ${r} is gewist.`,
    signedOut: 'U bent uitgelogd.',
    caseHeading: (r: string) => `Aanvraag ${r}`,
    supportAsked: 'Gevraagde ondersteuning',
  },
  en: {
    token: 'Personal token',
    signOut: 'Sign out',
    requests: 'Requests',
    municipality: 'Municipality',
    apply: 'Apply filters',
    found: (n: number) => `${n} requests found`,
    provider: 'Provider',
    adviser: 'Adviser (email address)',
    assign: 'Assign',
    assigned: 'Assignment saved.',
    noteField: 'New note',
    saveNote: 'Save note',
    noteSaved: 'Note saved.',
    moveTo: 'Move to',
    reason: 'Reason',
    move: 'Move',
    moved: (s: string) => `Moved to ${s}.`,
    csv: 'Download CSV',
    erase: 'Erase request…',
    confirm: 'Yes, erase',
    erased: (r: string) => `Request ${r} has been erased.`,
    signedOut: 'You have signed out.',
    caseHeading: (r: string) => `Request ${r}`,
    supportAsked: 'Support asked for',
  },
} as const;

/** The days' municipality per language, so the two runs do not share requests. */
const days = [
  { lang: 'nl', municipality: { code: 'GM0981', name: 'Vaals' } },
  { lang: 'en', municipality: { code: 'GM0088', name: 'Schiermonnikoog' } },
] as const;

async function json(path: string): Promise<any> {
  const response = await intake.api(path);
  expect(response.status, path).toBe(200);
  return response.json();
}

async function signInAs(tab: Page, lang: 'nl' | 'en', token: string): Promise<void> {
  await tab.goto(intake.workspace);
  if (lang === 'en') await tab.getByRole('button', { name: 'Switch to English' }).click();
  const field = tab.getByLabel(texts[lang].token);
  await field.fill(token);
  await field.press('Enter');
  await tab.getByRole('button', { name: texts[lang].signOut }).waitFor();
}

describe.each(days)('the provider day in $lang', ({ lang, municipality }) => {
  const t = texts[lang];

  test('sign in, filter, open, assign, note, move, export, erase, sign out', async () => {
    const { tab, problems, requests, violations, close } = await newTab(browser);
    await signInAs(tab, lang, intake.coordinatorToken);
    await tab.getByRole('heading', { level: 1, name: t.requests }).waitFor();

    // Filter on the municipality through the data package's search: the address keeps the filter.
    const expected = await json(`/api/requests?municipality=${municipality.code}&limit=1`);
    expect(expected.total).toBeGreaterThan(1);
    await tab.getByLabel(t.municipality, { exact: false }).first().fill(municipality.name.toLowerCase().slice(0, 6));
    await tab.getByLabel(t.municipality, { exact: false }).first().fill(municipality.name);
    await tab.getByRole('button', { name: t.apply }).click();
    await tab.waitForURL((url) => url.searchParams.get('municipality') === municipality.code);
    await tab.getByText(t.found(expected.total)).waitFor();
    const cells = await tab.locator('npo-request-list tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(cells)).toEqual(new Set([municipality.name]));
    // The filtered address, opened anew, shows the same list (a link can be shared).
    await tab.reload();
    await tab.getByText(t.found(expected.total)).waitFor();

    // Open the newest request of that municipality.
    const reference: string = expected.items[0].reference;
    const id: string = expected.items[0].id;
    await tab.getByRole('link', { name: reference }).click();
    await tab.getByRole('heading', { level: 1, name: t.caseHeading(reference) }).waitFor();
    // Labels, never codes: the support types read as core's labels in this language.
    const asked = await tab.locator('npo-case-view dt', { hasText: t.supportAsked }).locator('xpath=following-sibling::dd[1]').innerText();
    for (const type of expected.items[0].request.supportTypes) expect(asked).not.toContain(type);
    // No catalogue id anywhere in the case (the hyphenated ones can never be a word of the text), nor the municipality's code.
    const ids = [supportTypeIds, planPhaseIds, partnerKindIds, preferredFormIds, preferredIntensityIds, trajectoryStateIds, providerIds]
      .flat()
      .filter((id) => id.includes('-'));
    const caseText = await tab.locator('npo-case-view').innerText();
    expect(ids.filter((id) => caseText.includes(id))).toEqual([]);
    expect(caseText).not.toContain(municipality.code);

    // Assign to Sardes and its adviser.
    await tab.getByLabel(t.provider, { exact: true }).selectOption('sardes');
    await tab.getByLabel(t.adviser).fill('ahmed@sardes.example');
    await tab.getByRole('button', { name: t.assign, exact: true }).click();
    await tab.getByText(t.assigned).waitFor();
    expect(await json(`/api/requests/${id}`)).toMatchObject({ provider: 'sardes', adviserEmail: 'ahmed@sardes.example' });

    // A note.
    const note = lang === 'nl' ? 'Gebeld met de wethouder; intake volgende week.' : 'Called the alderman; intake next week.';
    await tab.getByLabel(t.noteField).fill(note);
    await tab.getByRole('button', { name: t.saveNote }).click();
    await tab.getByText(t.noteSaved).waitFor();
    await tab.getByText(note, { exact: true }).waitFor();
    expect((await json(`/api/requests/${id}`)).notes.map((n: { text: string }) => n.text)).toContain(note);

    // The moves offered are exactly core's allowed moves from the current state.
    const status = (await json(`/api/requests/${id}`)).status as keyof typeof trajectoryTransitions;
    const label = (state: string) => trajectoryStates.find((s) => s.id === state)!.label[lang];
    const offered = (await tab.getByLabel(t.moveTo).locator('option').allTextContents()).slice(1);
    expect(offered).toEqual(trajectoryTransitions[status].map(label));
    const to = trajectoryTransitions[status][0]!;
    await tab.getByLabel(t.moveTo).selectOption(to);
    await tab.getByLabel(t.reason, { exact: false }).fill(note);
    await tab.getByRole('button', { name: t.move, exact: true }).click();
    await tab.getByText(t.moved(label(to))).waitFor();
    const moved = await json(`/api/requests/${id}`);
    expect(moved.status).toBe(to);
    expect(moved.history.at(-1)).toMatchObject({ from: status, to, note, actor: 'carla@npo.example' });

    // Export the filtered list as CSV: the download holds the request.
    await tab.getByRole('link', { name: lang === 'nl' ? 'Terug naar de aanvragen' : 'Back to the requests' }).click();
    await tab.getByRole('heading', { level: 1, name: t.requests }).waitFor();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: t.csv }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(reference);

    // Erase it, with the confirmation.
    await tab.goto(`${intake.workspace}requests/${id}`);
    await tab.getByRole('heading', { level: 1, name: t.caseHeading(reference) }).waitFor();
    await tab.getByRole('button', { name: t.erase }).click();
    const dialog = tab.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: t.confirm }).click();
    await tab.getByText(t.erased(reference)).waitFor();
    expect((await intake.api(`/api/requests/${id}`)).status).toBe(404);

    // Sign out: the session ends on the server.
    const cookie = (await tab.context().cookies())[0]!;
    await tab.getByRole('button', { name: t.signOut }).click();
    await tab.getByText(t.signedOut).waitFor();
    const after = await fetch(`${intake.origin}/api/requests`, { headers: { Cookie: `${cookie.name}=${cookie.value}` } });
    expect(after.status).toBe(401);

    expect(problems.filter((p) => !p.includes('401 (Unauthorized)'))).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(foreign(requests, intake)).toEqual([]);
    await close();
  });
});

describe('what an adviser may see', () => {
  test('only the requests assigned to their provider, and no assignment or erasure', async () => {
    // The coordinator assigns two requests to the adviser's provider through the API.
    const some = (await json('/api/requests?limit=5&sort=received-asc')).items as { id: string; reference: string }[];
    for (const { id } of some.slice(0, 2)) {
      const assigned = await intake.api(`/api/requests/${id}/assignment`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ provider: 'sardes' }),
      });
      expect(assigned.status).toBe(200);
    }
    const sardes = await json('/api/requests?provider=sardes&limit=100');
    const total = (await json('/api/requests?limit=1')).total;
    expect(sardes.total).toBeGreaterThanOrEqual(2);
    expect(sardes.total).toBeLessThan(total);

    const { tab, close } = await newTab(browser);
    await signInAs(tab, 'nl', intake.adviserToken);
    await tab.getByText(`${sardes.total} aanvragen gevonden`).waitFor();
    const shown = await tab.locator('npo-request-list tbody tr td:first-child').allTextContents();
    expect(new Set(shown)).toEqual(new Set(sardes.items.map((r: { reference: string }) => r.reference)));
    await tab.getByRole('link', { name: some[0]!.reference }).click();
    await tab.getByText('Alleen een coördinator wijst aanvragen toe.').waitFor();
    expect(await tab.getByRole('button', { name: 'Aanvraag wissen…' }).count()).toBe(0);
    expect(await tab.getByRole('heading', { name: 'Auditlog van deze aanvraag' }).count()).toBe(0);
    // A request of another provider is not found, exactly as one that does not exist.
    const other = (await json('/api/requests?limit=100')).items.find((r: { provider: string | null }) => r.provider !== 'sardes');
    await tab.goto(`${intake.workspace}requests/${other.id}`);
    await tab.getByText('Deze aanvraag bestaat niet (meer), of u mag hem niet zien.').waitFor();
    await close();
  });
});
