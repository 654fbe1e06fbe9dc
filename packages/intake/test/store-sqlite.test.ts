import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import { storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'npo-intake-store-'));
let counter = 0;
let current = '';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store', () => {
  storeContract({
    fresh() {
      counter += 1;
      current = join(dir, `store-${counter}.db`);
      return openSqliteStore({ filename: current });
    },
    reopen() {
      return openSqliteStore({ filename: current });
    },
  });
});
