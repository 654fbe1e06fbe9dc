import { describe, expect, it } from 'vitest';
import { GroupCommitter } from '../src/store/group-commit.js';

describe('GroupCommitter', () => {
  it('commits concurrent items in shared batches and answers each after its commit', async () => {
    const batches: number[][] = [];
    const committed = new Set<number>();
    const committer = new GroupCommitter<number, number>(
      async (items) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        for (const i of items) committed.add(i);
        return items.map((i) => ({ ok: true, value: i * 2 }));
      },
      10,
      2,
    );
    const results = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        committer.submit(i).then((value) => {
          expect(committed.has(i)).toBe(true);
          return value;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 35 }, (_, i) => i * 2));
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(batches.length).toBeLessThanOrEqual(5);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(10);
  });

  it('fails only the failing item, or the whole batch when the commit fails', async () => {
    const perItem = new GroupCommitter<number, number>(
      (items) => items.map((i) => (i === 2 ? { ok: false, error: new Error('bad') } : { ok: true, value: i })),
      10,
      1,
    );
    const settled = await Promise.allSettled([1, 2, 3].map((i) => perItem.submit(i)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const broken = new GroupCommitter<number, number>(
      () => {
        throw new Error('disk full');
      },
      10,
      1,
    );
    const all = await Promise.allSettled([1, 2].map((i) => broken.submit(i)));
    expect(all.every((s) => s.status === 'rejected')).toBe(true);
  });

  it('flushes queued items on close and refuses new ones', async () => {
    const seen: number[] = [];
    const committer = new GroupCommitter<number, number>(
      (items) => {
        seen.push(...items);
        return items.map((i) => ({ ok: true, value: i }));
      },
      100,
      60_000,
    );
    const pending = [1, 2, 3].map((i) => committer.submit(i));
    await committer.close();
    expect(seen).toEqual([1, 2, 3]);
    await expect(Promise.all(pending)).resolves.toEqual([1, 2, 3]);
    await expect(committer.submit(4)).rejects.toThrow(/closed/);
  });
});
