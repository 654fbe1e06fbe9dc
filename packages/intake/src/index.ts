/**
 * The receiving end of NP Onderwijs support requests: a WHATWG fetch handler (Hono) with durable,
 * idempotent storage in SQLite or PostgreSQL, an admin API and a CLI server.
 *
 * @packageDocumentation
 */
export { createIntakeHandler } from './handler.js';
export type { IntakeHandler, IntakeHandlerOptions } from './handler.js';
export type { IntakeLogEntry } from './http-types.js';
export { createdBodySchema, problemBodySchema } from './http-contract.js';
export type { CreatedBody, ProblemBody } from './http-contract.js';
export { createStaffAccount } from './accounts.js';
export type { CreatedStaffAccount } from './accounts.js';
export type { TrustProxy } from './client-address.js';
export { checkEligibility, bundledDataSource } from './eligibility-check.js';
export type { EligibilityCheck, EligibilityDifference, EligibilityDataSource } from './eligibility-check.js';
export { openSqliteStore, openPostgresStore, InvalidCursorError, PermanentStoreError } from './store/index.js';
export type * from './store/types.js';
export type { SqliteStoreOptions, PostgresStoreOptions } from './store/index.js';
export { buildOpenApiDocument } from './openapi.js';
export { csvCell } from './csv.js';
export { seedExampleRequests } from './seed.js';
export type { SeedOptions } from './seed.js';
export { startIntakeServer, openStore } from './server.js';
export type { IntakeServerOptions, RunningIntakeServer } from './server.js';
export { parseIntakeConfig, ConfigError, usage } from './config.js';
export type { IntakeConfig, StoreConfig, NewUserConfig, PurgeConfig } from './config.js';
export { signWebhook, verifyWebhook } from './outbox/signature.js';
export type { DeliveryChannels } from './outbox/deliver.js';
export type { OutboxOptions, OutboxLogEntry } from './outbox/worker.js';
