import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsView } from '../src/http-contract.js';
import { adminToken, call, post, startServerOn, staffToken, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { storeKinds } from './stores.js';

const municipalities = [
  { code: 'GM0088', name: 'Schiermonnikoog' },
  { code: 'GM0981', name: 'Vaals' },
  { code: 'GM0363', name: 'Amsterdam' },
];
const supportTypeSets = [['local-structure'], ['shared-ambition', 'education-agenda'], ['education-agenda']] as const;
const day = 86_400_000;

describe.each(storeKinds)('GET /api/stats on $name', ({ open }) => {
  let t: TestServer;
  let clock = Date.parse('2026-01-05T09:00:00.000Z'); // a Monday
  let adviser: string;
  const admin = (path: string) => call(t.url, adminToken, path);
  const json = async <T>(response: Response): Promise<T> => {
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const listTotal = async (query: string) => (await json<{ total: number }>(await admin(`/api/requests?limit=1&${query}`))).total;

  beforeAll(async () => {
    t = await startServerOn(open, { now: () => new Date(clock) });
    adviser = await staffToken(t.store, 'adviseur@sardes.nl', 'adviser', 'sardes');
    // Fourteen requests over four weeks, a gap week included; every third moves on after two days.
    for (let i = 0; i < 14; i += 1) {
      clock = Date.parse('2026-01-05T09:00:00.000Z') + (i < 7 ? i : i + 7) * 2 * day;
      const request = validRequest({
        municipality: municipalities[i % 3] as (typeof municipalities)[number],
        supportTypes: [...(supportTypeSets[i % 3] as readonly string[])] as never,
      });
      const posted = await post(t.url, request);
      expect(posted.status, await posted.clone().text()).toBe(201);
      const created = (await posted.json()) as { id: string };
      if (i % 3 === 0) {
        clock += 2 * day;
        expect((await call(t.url, adminToken, `/api/requests/${created.id}/transitions`, { json: { to: 'intake' } })).status).toBe(200);
      }
      if (i % 2 === 0) {
        expect((await call(t.url, adminToken, `/api/requests/${created.id}/assignment`, { json: { provider: 'sardes' } })).status).toBe(200);
      }
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it("equals the list's counts for every figure, and fills the weeks between", async () => {
    const stats = await json<StatsView>(await admin('/api/stats'));
    expect(stats.total).toBe(14);
    expect(stats.total).toBe(await listTotal(''));
    for (const { status, count } of stats.byStatus) expect(count, status).toBe(await listTotal(`status=${status}`));
    for (const { code, count } of stats.byMunicipality) expect(count, code).toBe(await listTotal(`municipality=${code}`));
    for (const { outcome, count } of stats.byOutcome) expect(count, outcome).toBe(await listTotal(`outcome=${outcome}`));
    expect(stats.byMunicipality.map((m) => m.code).sort()).toEqual(municipalities.map((m) => m.code).sort());

    const all = await json<{ items: { request: { supportTypes: string[] } }[] }>(await admin('/api/requests?limit=100'));
    const perType = new Map<string, number>();
    for (const item of all.items) for (const type of item.request.supportTypes) perType.set(type, (perType.get(type) ?? 0) + 1);
    expect(Object.fromEntries(stats.bySupportType.map((s) => [s.supportType, s.count]))).toEqual(Object.fromEntries(perType));

    expect(stats.perWeek.reduce((sum, w) => sum + w.count, 0)).toBe(14);
    expect(stats.perWeek[0]).toEqual({ week: '2026-W02', weekStart: '2026-01-05', count: 4 });
    stats.perWeek.forEach((week, i) => {
      if (i > 0) expect(Date.parse(week.weekStart) - Date.parse(stats.perWeek[i - 1]?.weekStart ?? '')).toBe(7 * day);
    });
    expect(stats.perWeek.some((w) => w.count === 0)).toBe(true);

    // Every moved request left 'submitted' two days after receipt.
    expect(stats.byStatus.find((s) => s.status === 'submitted')?.medianDaysInState).toBe(2);
    expect(stats.byStatus.find((s) => s.status === 'intake')?.medianDaysInState).toBeNull();
  });

  it("covers only an adviser's requests for an adviser", async () => {
    const mine = await json<StatsView>(await call(t.url, adviser, '/api/stats'));
    const list = await json<{ total: number }>(await call(t.url, adviser, '/api/requests?limit=1'));
    expect(mine.total).toBe(7);
    expect(mine.total).toBe(list.total);
    expect(mine.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(7);
  });

  it('takes from/to (inclusive days) and the list filters', async () => {
    const stats = await json<StatsView>(await admin('/api/stats?from=2026-01-07&to=2026-01-13'));
    expect(stats.total).toBe(await listTotal('receivedFrom=2026-01-07&receivedTo=2026-01-13'));
    expect(stats.total).toBe(4);
    expect(stats.perWeek.map((w) => w.week)).toEqual(['2026-W02', '2026-W03']);
    const amsterdam = await json<StatsView>(await admin('/api/stats?municipality=GM0363&status=submitted'));
    expect(amsterdam.total).toBe(await listTotal('municipality=GM0363&status=submitted'));
    const empty = await json<StatsView>(await admin('/api/stats?from=2030-01-01&to=2030-01-14'));
    expect(empty.total).toBe(0);
    expect(empty.perWeek.map((w) => w.count)).toEqual([0, 0, 0]);
    expect((await admin('/api/stats?from=2026-01-07&receivedFrom=2026-01-07')).status).toBe(400);
    expect((await admin('/api/stats?to=morgen')).status).toBe(400);
    expect((await fetch(`${t.url}/api/stats`)).status).toBe(401);
  });
});
