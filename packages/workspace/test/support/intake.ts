// A real intake on SQLite for the tests and the bench, with two staff accounts and seeded requests.
// TEMPORARY until the intake serves /admin and owns /api/session: a small front server serves the
// workspace's dist/ under /admin and turns the session cookie into the Bearer token the intake takes.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntakeHandler, createStaffAccount, type IntakeStore, openSqliteStore } from '@npo-gemeenten/intake';
import { trajectoryTransitions } from '@npo-gemeenten/core';
import { seedMunicipalities, seedRequest } from './seed.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml' };

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
  const handler = handlerAt(() => new Date());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const api = (path: string, init: RequestInit = {}) =>
    handler(new Request(`http://127.0.0.1${path}`, { ...init, headers: { ...bearer(coordinator.token), ...(init.headers as Record<string, string>) } }));

  const started = Date.now();
  const spreadDays = requests > 1000 ? 365 : 70;
  const post = async (i: number): Promise<void> => {
    const receivedAt = started - Math.round(((requests - i) / requests) * spreadDays * day);
    const at = (offset: number) => () => new Date(receivedAt + offset * day);
    const body = seedRequest(seedMunicipalities[i % seedMunicipalities.length]!, i);
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
  const realHandler = handler;

  const sessions = new Map<string, string>();
  const cookieOf = (req: IncomingMessage) => /(?:^|;\s*)npo_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];

  async function forward(req: IncomingMessage, res: ServerResponse, token: string | undefined, body: Buffer): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'cookie') headers.set(name, value);
    if (token) headers.set('authorization', `Bearer ${token}`);
    const response = await realHandler(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method!, headers, ...(body.length ? { body: new Uint8Array(body) } : {}) }),
      { incoming: req },
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  async function session(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const json = (status: number, value: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...extra });
      res.end(JSON.stringify(value));
    };
    const me = async (token: string | undefined) =>
      token ? realHandler(new Request('http://127.0.0.1/api/me', { headers: bearer(token) })) : undefined;
    if (req.method === 'POST') {
      const token = (JSON.parse(body.toString() || '{}') as { token?: string }).token;
      const answer = await me(token);
      if (!answer || answer.status !== 200) return json(401, { error: 'unauthorized', message: { nl: 'Onbekend token', en: 'Unknown token' } });
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, token!);
      return json(200, { user: await answer.json() }, { 'Set-Cookie': `npo_session=${id}; HttpOnly; SameSite=Strict; Path=/` });
    }
    const id = cookieOf(req);
    if (req.method === 'DELETE') {
      if (id) sessions.delete(id);
      res.writeHead(204, { 'Set-Cookie': 'npo_session=; Max-Age=0; Path=/' }).end();
      return;
    }
    const answer = await me(id ? sessions.get(id) : undefined);
    if (!answer || answer.status !== 200) return json(401, { error: 'unauthorized', message: { nl: 'Niet ingelogd', en: 'Not signed in' } });
    return json(200, { user: await answer.json(), expiresAt: new Date(Date.now() + 30 * 60_000).toISOString() });
  }

  async function stats(res: ServerResponse, token: string | undefined, query: URLSearchParams): Promise<void> {
    const filter = new URLSearchParams({ limit: '200' });
    if (query.get('from')) filter.set('receivedFrom', query.get('from')!);
    if (query.get('to')) filter.set('receivedTo', query.get('to')!);
    const list = await realHandler(new Request(`http://127.0.0.1/api/requests?${filter}`, { headers: token ? bearer(token) : {} }));
    if (list.status !== 200) {
      res.writeHead(list.status, { 'Content-Type': 'application/json' }).end(await list.text());
      return;
    }
    const page = (await list.json()) as { items: { receivedAt: string; status: string; request: { supportTypes: string[]; municipality: { code: string } }; eligibilityCheck: { serverDecision: { outcome: string } | null }; clientDecision: { outcome: string } }[]; total: number };
    const count = <T extends string>(values: T[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())];
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        total: page.total,
        perWeek: [],
        bySupportType: count(page.items.flatMap((r) => r.request.supportTypes)).map(([supportType, n]) => ({ supportType, count: n })),
        byOutcome: count(page.items.map((r) => r.eligibilityCheck.serverDecision?.outcome ?? r.clientDecision.outcome)).map(([outcome, n]) => ({ outcome, count: n })),
        byStatus: count(page.items.map((r) => r.status)).map(([status, n]) => ({ status, count: n, medianDaysInState: null })),
        byMunicipality: count(page.items.map((r) => r.request.municipality.code)).map(([code, n]) => ({ code, count: n })),
        generatedAt: new Date().toISOString(),
      }),
    );
  }

  async function file(res: ServerResponse, pathname: string): Promise<void> {
    const rest = decodeURIComponent(pathname.replace(/^\/admin\/?/, ''));
    let path = normalize(join(dist, rest));
    if (!path.startsWith(dist) || !types[extname(path)]) path = join(dist, 'index.html');
    const body = await readFile(path).catch(() => readFile(join(dist, 'index.html')));
    const type = types[extname(path)] ?? types['.html']!;
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' }).end(body);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const token = (() => {
        const id = cookieOf(req);
        return id ? sessions.get(id) : undefined;
      })();
      const work = pathname === '/api/session'
        ? session(req, res, body)
        : pathname === '/api/stats'
          ? stats(res, token ?? /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1], new URL(req.url ?? '/', 'http://127.0.0.1').searchParams)
          : pathname === '/admin' || pathname.startsWith('/admin/')
            ? file(res, pathname)
            : forward(req, res, token, body);
      work.catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    workspace: `${origin}/admin/`,
    coordinatorToken: coordinator.token,
    adviserToken: adviser.token,
    store,
    api,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
