import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { supportRequestSchema } from '@npo-gemeenten/core';
import { getMunicipality } from '@npo-gemeenten/data';
import { seedExampleRequests } from '../src/seed.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { StoredSupportRequest } from '../src/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'npo-intake-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seeded(name: string, seed: number) {
  const store = await openSqliteStore({ filename: join(dir, `${name}.db`) });
  const now = new Date('2026-06-01T12:00:00.000Z');
  expect(await seedExampleRequests(store, { count: 60, now, seed })).toBe(60);
  const records: StoredSupportRequest[] = [];
  for await (const record of store.iterate()) records.push(record);
  const stats = await store.stats({});
  await store.close();
  return { records, stats, now };
}

describe('seedExampleRequests', () => {
  it('stores valid requests from several real municipalities over the weeks, some moved and assigned', async () => {
    const { records, stats, now } = await seeded('a', 1);
    expect(records).toHaveLength(60);
    for (const record of records) {
      expect(supportRequestSchema.safeParse(record.request).success).toBe(true);
      expect(getMunicipality(record.request.municipality.code)?.name).toBe(record.request.municipality.name);
      expect(record.eligibilityCheck.status).toBe('match');
      expect(Date.parse(record.receivedAt)).toBeLessThanOrEqual(now.getTime());
      expect(Date.parse(record.updatedAt)).toBeLessThanOrEqual(now.getTime());
    }
    expect(stats.byMunicipality.length).toBeGreaterThanOrEqual(20);
    expect(stats.byOutcome.length).toBeGreaterThanOrEqual(2);
    expect(stats.perDay.length).toBeGreaterThan(30);
    expect(stats.byStatus.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(3);
    expect(records.filter((r) => r.status !== 'submitted').every((r) => r.provider !== null)).toBe(true);
  });

  it('repeats itself for the same seed and differs for another', async () => {
    const codes = async (name: string, seed: number) => (await seeded(name, seed)).records.map((r) => r.request.municipality.code);
    const first = await codes('b', 7);
    expect(await codes('c', 7)).toEqual(first);
    expect(await codes('d', 8)).not.toEqual(first);
  });
});
