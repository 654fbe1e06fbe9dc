// A real intake on SQLite for the tests and the bench (`startIntakeServer`, real HTTP on a free port),
// serving this package's dist/ at /admin, with two staff accounts and requests posted through the API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntakeHandler, createStaffAccount, type IntakeStore, openSqliteStore, startIntakeServer } from '@npo-gemeenten/intake';
import { trajectoryTransitions } from '@npo-gemeenten/core';
import { seedMunicipality, seedRequest } from './seed.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface RunningIntake {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The workspace: `<origin>/admin/` */
  workspace: string;
  coordinatorToken: string;
  adviserToken: string;
  store: IntakeStore;
  /** Calls the API as the coordinator with the Bearer token. */
  api(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Requests to post through the API, spread over the last weeks. Default 24. */
  requests?: number;
}

const day = 86_400_000;

export async function startIntake({ requests = 24 }: StartOptions = {}): Promise<RunningIntake> {
  const dir = await mkdtemp(join(tmpdir(), 'npo-workspace-'));
  const store = await openSqliteStore({ filename: join(dir, 'intake.sqlite') });
  const coordinator = await createStaffAccount(store, { name: 'Carla Coördinator', email: 'carla@npo.example', role: 'coordinator', provider: null });
  const adviser = await createStaffAccount(store, { name: 'Ahmed Adviseur', email: 'ahmed@sardes.example', role: 'adviser', provider: 'sardes' });
  if (coordinator === 'exists' || adviser === 'exists') throw new Error('fresh store has accounts');
  // The intake stamps requests with its clock: a handler per moment spreads the seed over past weeks.
  const handlerAt = (now: () => Date) => createIntakeHandler({ store, now, rateLimit: 0 });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  const started = Date.now();
  const spreadDays = requests > 1000 ? 365 : 70;
  const post = async (i: number): Promise<void> => {
    const receivedAt = started - Math.round(((requests - i) / requests) * spreadDays * day);
    const at = (offset: number) => () => new Date(receivedAt + offset * day);
    const body = seedRequest(seedMunicipality(i), i);
    const response = await handlerAt(at(0))(
      new Request('http://127.0.0.1/api/requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.clientRequestId },
        body: JSON.stringify(body),
      }),
    );
    if (response.status !== 201) throw new Error(`seed request ${i}: ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    // Every third request moves on through the trajectory, a day per step.
    let state = 'submitted' as keyof typeof trajectoryTransitions;
    for (let step = 1; step <= (i % 3 === 0 ? 1 + (i % 4) : 0); step++) {
      const to = trajectoryTransitions[state][0];
      if (!to) break;
      const moved = await handlerAt(at(step))(
        new Request(`http://127.0.0.1/api/requests/${id}/transitions`, {
          method: 'POST',
          headers: { ...bearer(coordinator.token), 'Content-Type': 'application/json' },
          body: JSON.stringify({ to, note: 'Seed' }),
        }),
      );
      if (moved.status !== 200) throw new Error(`seed move: ${moved.status} ${await moved.text()}`);
      state = to;
    }
  };
  // Fifty at a time: the store commits them in groups, as it would under real traffic.
  for (let i = 0; i < requests; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, requests - i) }, (_, k) => post(i + k)));
  }
  const server = await startIntakeServer({ store, port: 0, host: '127.0.0.1', rateLimit: 0, workspaceDir: dist });
  const origin = server.url;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${origin}${path}`, { ...init, headers: { ...bearer(coordinator.token), ...(init.headers as Record<string, string>) } });
  return {
    origin,
    workspace: `${origin}/admin/`,
    coordinatorToken: coordinator.token,
    adviserToken: adviser.token,
    store,
    api,
    async close() {
      // Closing the server closes the store too.
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
