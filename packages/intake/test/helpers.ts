import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SupportRequest } from '@npo-gemeenten/core';
import type { EligibilityDataSource } from '../src/eligibility-check.js';
import { startIntakeServer, type IntakeServerOptions, type RunningIntakeServer } from '../src/server.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { createStaffAccount } from '../src/accounts.js';
import type { IntakeStore, StaffRole } from '../src/store/types.js';
import type { OpenedStore } from './stores.js';

export const adminToken = 'test-admin-token-0123456789abcdef0123456789';

/** Figures for the example municipality that agree with core's example request. */
export const agreeingSource: EligibilityDataSource = {
  lookup(code) {
    if (code !== 'GM0088') return undefined;
    return {
      code,
      name: 'Schiermonnikoog',
      figures: {
        inhabitants: 971,
        provenance: {
          inhabitants: { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari', tableId: '03759ned' },
        },
      },
    };
  },
  snapshotId: 'test-snapshot',
};

export interface TestServer {
  url: string;
  store: IntakeStore;
  server: RunningIntakeServer;
  dbFile: string;
  close(): Promise<void>;
}

/** The real server on 127.0.0.1, port 0, over a fresh SQLite file. */
export async function startTestServer(options: Partial<IntakeServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'npo-intake-http-'));
  const dbFile = join(dir, 'intake.db');
  const store = options.store ?? (await openSqliteStore({ filename: dbFile }));
  const server = await startIntakeServer({
    store,
    port: 0,
    host: '127.0.0.1',
    adminToken,
    rateLimit: 0,
    eligibilityData: agreeingSource,
    ...options,
  });
  return {
    url: server.url,
    store,
    server,
    dbFile,
    async close() {
      await server.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POST a request body as JSON with its client id as Idempotency-Key. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const key = (body as Partial<SupportRequest> | null)?.clientRequestId;
  return fetch(`${url}/api/requests`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof key === 'string' ? { 'Idempotency-Key': key } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** GET or POST an admin route with the test token. */
export function admin(url: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${adminToken}`, ...(init.headers as Record<string, string> | undefined) },
  });
}

/** The real server over an empty store of one kind (see `stores.ts`). */
export async function startServerOn(
  open: () => Promise<OpenedStore>,
  options: Partial<IntakeServerOptions> = {},
): Promise<TestServer> {
  const opened = await open();
  const t = await startTestServer({ ...options, store: opened.store });
  return {
    ...t,
    async close() {
      await t.close();
      opened.cleanup();
    },
  };
}

/** A staff account on the store; returns its personal token. */
export async function staffToken(
  store: IntakeStore,
  email: string,
  role: StaffRole,
  provider: string | null = null,
): Promise<string> {
  const created = await createStaffAccount(store, { name: email.split('@')[0] ?? email, email, role, provider });
  if (created === 'exists') throw new Error(`account ${email} exists`);
  return created.token;
}

/** Calls a staff route with a bearer token, sending `json` as a JSON body when given. */
export function call(
  url: string,
  token: string,
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
}
