export * from './types.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite.js';
export { openPostgresStore, type PostgresStoreOptions } from './postgres.js';
export { InvalidCursorError } from './common.js';
export { PermanentStoreError } from './errors.js';
