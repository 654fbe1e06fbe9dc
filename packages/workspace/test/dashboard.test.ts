// The dashboard shows the server's counts: every figure on the page equals `GET /api/stats`, and those
// equal the list's totals for the same filters. The map's colours hold in forced colours and for
// colour-blind readers.
import { trajectoryStates } from '@npo-gemeenten/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newTab, signIn, startBrowser } from './support/browser.js';
import { type RunningIntake, startIntake } from './support/intake.js';

let intake: RunningIntake;
let browser: Browser;

beforeAll(async () => {
  intake = await startIntake({ requests: 40 });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await intake?.close();
});

interface Stats {
  total: number;
  perWeek: { week: string; weekStart: string; count: number }[];
  bySupportType: { supportType: string; count: number }[];
  byOutcome: { outcome: string; count: number }[];
  byStatus: { status: string; count: number; medianDaysInState: number | null }[];
  byMunicipality: { code: string; count: number }[];
}

async function apiJson<T>(path: string, token = intake.coordinatorToken): Promise<T> {
  const response = await fetch(`${intake.origin}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status, path).toBe(200);
  return response.json() as Promise<T>;
}

/** The rows of a table alternative on the dashboard: first cell and the count column. */
async function tableRows(tab: Page, id: string, countColumn = 2): Promise<[string, number][]> {
  const rows = tab.locator(`npo-dashboard table#${id} tbody tr`);
  const out: [string, number][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const label = ((await row.locator('th').textContent()) ?? '').trim();
    const count = Number(((await row.locator(`td:nth-of-type(${countColumn - 1})`).textContent()) ?? '').trim());
    out.push([label, count]);
  }
  return out;
}

async function openDashboard(tab: Page, query = ''): Promise<void> {
  await tab.goto(`${intake.workspace}overzicht${query}`);
  await tab.locator('npo-nl-map svg[role=group]').waitFor();
}

const label = (id: string) => trajectoryStates.find((s) => s.id === id)!.label.nl;

describe('the dashboard', () => {
  test('its figures equal the API counts', async () => {
    const stats = await apiJson<Stats>('/api/stats');
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.coordinatorToken, 'overzicht');
    await openDashboard(tab);
    await tab.getByText(`${stats.total} aanvragen in totaal.`).waitFor();

    // Per week: one row per week of the answer, same counts, oldest first.
    const weeks = await tableRows(tab, 'per-week-table');
    expect(weeks.map(([, n]) => n)).toEqual(stats.perWeek.map((w) => w.count));
    expect(weeks.map(([l]) => l.split(' ')[0])).toEqual(stats.perWeek.map((w) => w.week));

    // By support type and by outcome: the counts, under their labels.
    expect((await tableRows(tab, 'by-support-type-table')).map(([, n]) => n)).toEqual(stats.bySupportType.map((s) => s.count));
    expect((await tableRows(tab, 'by-outcome-table')).map(([, n]) => n)).toEqual(stats.byOutcome.map((o) => o.count));

    // The funnel: every state in the trajectory's order, 0 where the answer has none.
    const funnel = new Map(await tableRows(tab, 'funnel-table'));
    for (const state of trajectoryStates) {
      expect(funnel.get(state.label.nl), state.id).toBe(stats.byStatus.find((s) => s.status === state.id)?.count ?? 0);
    }

    // The map's table and the map's colours.
    const perMunicipality = await tab.locator('npo-dashboard table#map-table tbody tr').evaluateAll((rows) =>
      rows.map((r) => [new URL((r.querySelector('th a') as HTMLAnchorElement).href).searchParams.get('municipality'), Number(r.lastElementChild!.textContent)] as const),
    );
    expect(new Map(perMunicipality)).toEqual(new Map(stats.byMunicipality.map((m) => [m.code, m.count])));
    const bins = await tab.locator('npo-nl-map a.municipality').evaluateAll((links) =>
      links.map((a) => [a.getAttribute('data-code'), a.querySelector('path')!.getAttribute('class')]),
    );
    expect(bins.length).toBe(342);
    const counted = new Set(stats.byMunicipality.filter((m) => m.count > 0).map((m) => m.code));
    for (const [code, cls] of bins) expect(cls === 'bin-0', `${code} ${cls}`).toBe(!counted.has(code!));

    // The API's own counts agree: the list's total for each state and municipality.
    for (const s of stats.byStatus) {
      expect((await apiJson<{ total: number }>(`/api/requests?status=${s.status}&limit=1`)).total, s.status).toBe(s.count);
    }
    for (const m of stats.byMunicipality) {
      expect((await apiJson<{ total: number }>(`/api/requests?municipality=${m.code}&limit=1`)).total, m.code).toBe(m.count);
    }
    expect(stats.total).toBe((await apiJson<{ total: number }>('/api/requests?limit=1')).total);
    await close();
  });

  test('a period in the address gives the figures of that period, and the map leads to the list', async () => {
    const today = new Date();
    const from = new Date(today.getTime() - 21 * 86_400_000).toISOString().slice(0, 10);
    const to = today.toISOString().slice(0, 10);
    const stats = await apiJson<Stats>(`/api/stats?from=${from}&to=${to}`);
    const all = await apiJson<Stats>('/api/stats');
    expect(stats.total).toBeLessThan(all.total);
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.coordinatorToken, 'overzicht');
    await openDashboard(tab, `?from=${from}&to=${to}`);
    await tab.getByText(`${stats.total} aanvragen in totaal.`).waitFor();
    const top = [...stats.byMunicipality].sort((a, b) => b.count - a.count)[0]!;
    await tab.locator(`npo-nl-map a[data-code="${top.code}"]`).click();
    await tab.waitForURL((url) => url.searchParams.get('municipality') === top.code && url.searchParams.get('receivedFrom') === from);
    await tab.getByText(top.count === 1 ? '1 aanvraag gevonden' : `${top.count} aanvragen gevonden`).waitFor();
    await close();
  });

  test("an adviser's dashboard shows the adviser's figures", async () => {
    const adviserStats = await apiJson<Stats>('/api/stats', intake.adviserToken);
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.adviserToken, 'overzicht');
    await openDashboard(tab);
    await tab.getByText(adviserStats.total === 1 ? '1 aanvraag in totaal.' : `${adviserStats.total} aanvragen in totaal.`).waitFor();
    expect(adviserStats.total).toBeLessThan((await apiJson<Stats>('/api/stats')).total);
    await close();
  });
});

describe('colours', () => {
  /** sRGB channel to linear light. */
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  /** Machado et al. (2009), severity 1: protanopia, deuteranopia, tritanopia (on linear RGB). */
  const simulations: Record<string, number[][]> = {
    none: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
  };

  test('the map scale darkens step by step for every kind of colour vision', async () => {
    const { tab, close } = await newTab(browser);
    await signIn(tab, intake, intake.coordinatorToken, 'overzicht');
    await openDashboard(tab);
    const scale = await tab.locator('npo-nl-map').evaluate((map) =>
      [0, 1, 2, 3, 4].map((i) => getComputedStyle(map).getPropertyValue(`--ws-scale-${i}`).trim()),
    );
    for (const [name, m] of Object.entries(simulations)) {
      const luminance = scale.map((hex) => {
        const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
        const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
      // Each class is darker than the one before by a contrast ratio of at least 1.3.
      for (let i = 1; i < luminance.length; i++) {
        expect((luminance[i - 1]! + 0.05) / (luminance[i]! + 0.05), `${name} ${i}`).toBeGreaterThanOrEqual(1.3);
      }
    }
    await close();
  });

  test('in forced-colors mode the classes become distinct shades of the system colours', async () => {
    const { tab, close } = await newTab(browser);
    await tab.emulateMedia({ forcedColors: 'active' });
    await signIn(tab, intake, intake.coordinatorToken, 'overzicht');
    await openDashboard(tab);
    const styles = await tab.locator('npo-nl-map').evaluate((map) => {
      const root = map.shadowRoot!;
      const svg = root.querySelector('svg[role=group]')!;
      const probe = (cls: string) => {
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('class', cls);
        svg.append(path);
        const s = getComputedStyle(path);
        const out = { fill: s.fill, opacity: Number(s.fillOpacity), stroke: s.stroke };
        path.remove();
        return out;
      };
      return { bins: [0, 1, 2, 3, 4].map((i) => probe(`bin-${i}`)), small: probe('small'), province: probe('province') };
    });
    // Canvas for none, then the text colour at rising opacity: five distinct, ordered shades.
    expect(styles.bins[0]!.fill).not.toBe(styles.bins[4]!.fill);
    const opacities = styles.bins.slice(1).map((b) => b.opacity);
    expect(opacities).toEqual([...opacities].sort((a, b) => a - b));
    expect(new Set(opacities).size).toBe(4);
    expect(styles.small.stroke).not.toBe(styles.province.stroke);
    await close();
  });
});
