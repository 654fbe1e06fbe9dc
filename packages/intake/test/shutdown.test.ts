import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import { post, startTestServer } from './helpers.js';
import { validRequest } from './fixtures.js';

describe('graceful shutdown', () => {
  it('finishes in-flight requests, commits the queue, closes the store and refuses new connections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npo-intake-shutdown-'));
    const dbFile = join(dir, 'intake.db');
    // A long commit delay keeps the requests waiting in the commit queue when shutdown starts.
    const sqlite = await openSqliteStore({ filename: dbFile, groupCommit: { maxDelayMs: 300 } });
    let received = 0;
    const store = Object.assign(Object.create(sqlite) as typeof sqlite, {
      insert(record: Parameters<typeof sqlite.insert>[0]) {
        received += 1;
        return sqlite.insert(record);
      },
    });
    const t = await startTestServer({ store });
    try {
      const inFlight = Array.from({ length: 30 }, () => post(t.url, validRequest()));
      // Shut down once every request is inside the handler, waiting for its commit.
      while (received < 30) await new Promise((r) => setTimeout(r, 5));
      const closing = t.server.close();
      const responses = await Promise.all(inFlight);
      expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
      await closing;
      await expect(store.count()).rejects.toThrow(/closed/);
      await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
      const reopened = await openSqliteStore({ filename: dbFile });
      expect(await reopened.count()).toBe(30);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
