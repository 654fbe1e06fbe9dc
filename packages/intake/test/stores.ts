import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { IntakeStore } from '../src/store/types.js';
import { postgresUrl, resetPostgres } from './postgres.js';

/** A store on an empty database, and how to clean up after it. */
export interface OpenedStore {
  store: IntakeStore;
  /** Opens a second store on the same database, as a second process would. */
  another(): Promise<IntakeStore>;
  cleanup(): void;
}

/** The real databases a suite runs against: a SQLite file always, PostgreSQL when configured. */
export const storeKinds: { name: string; open: () => Promise<OpenedStore> }[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'npo-intake-routes-'));
      const filename = join(dir, 'intake.db');
      return {
        store: await openSqliteStore({ filename }),
        another: () => openSqliteStore({ filename }),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  ...(postgresUrl === undefined
    ? []
    : [
        {
          name: 'PostgreSQL',
          async open() {
            await resetPostgres(postgresUrl as string);
            const connectionString = postgresUrl as string;
            return {
              store: await openPostgresStore({ connectionString }),
              another: () => openPostgresStore({ connectionString }),
              cleanup: () => undefined,
            };
          },
        },
      ]),
];

if (postgresUrl === undefined) {
  console.warn('HTTP suites run on SQLite only: set NPO_TEST_DATABASE_URL to run them on PostgreSQL as well');
}
