import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { openPostgresStore } from '../src/store/postgres.js';
import type { IntakeStore } from '../src/store/types.js';
import { newRecord, validRequest } from './fixtures.js';
import { postgresUrl, resetPostgres } from './postgres.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(predicate: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(!existsSync(cli))('npo-intake CLI (built)', () => {
  it('serves, logs without personal data, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npo-intake-cli-'));
    const db = join(dir, 'intake.db');
    const token = 'c'.repeat(40);
    const p = run(['--port', '0', '--db', db], { NPO_INTAKE_ADMIN_TOKEN: token, NPO_INTAKE_RATE_LIMIT: '0' });
    try {
      await waitFor(() => p.out().includes('"listening"'));
      const { url } = JSON.parse(p.out().split('\n')[0] as string) as { url: string };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const request = validRequest();
      const response = await fetch(`${url}/api/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.clientRequestId },
        body: JSON.stringify(request),
      });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const list = await fetch(`${url}/api/requests`, { headers: { Authorization: `Bearer ${token}` } });
      expect(list.status).toBe(200);

      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      const log = p.out();
      expect(log).toContain('"stopped"');
      expect(log).toContain(id);
      for (const secret of [request.contact.email, request.contact.name, request.question.slice(0, 20), token]) {
        expect(log).not.toContain(secret);
        expect(p.err()).not.toContain(secret);
      }
      const store = await openSqliteStore({ filename: db });
      expect(await store.get(id)).toBeDefined();
      await store.close();
    } finally {
      p.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('purges finished requests past the retention period and keeps the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npo-intake-purge-'));
    const db = join(dir, 'intake.db');
    try {
      const store = await openSqliteStore({ filename: db });
      const old = await store.insert(newRecord(validRequest(), '2024-01-01T00:00:00.000Z'));
      await store.transition(old.record.id, { to: 'withdrawn', actor: 'a', at: '2024-02-01T00:00:00.000Z' });
      // Received 400 days ago: within the default retention of open requests (730 days), past 365.
      const open = await store.insert(newRecord(validRequest(), new Date(Date.now() - 400 * 86_400_000).toISOString()));
      await store.close();
      const p = run(['purge', '--older-than-days', '30', '--db', db]);
      expect(await p.exited).toBe(0);
      expect(JSON.parse(p.out())).toMatchObject({ event: 'purged', count: 1, auditCount: 0 });
      const after = await openSqliteStore({ filename: db });
      expect(await after.get(old.record.id)).toBeUndefined();
      expect(await after.get(open.record.id)).toBeDefined();
      await after.close();
      // Open requests have a retention of their own.
      const q = run(['purge', '--older-than-days', '30', '--open-older-than-days', '365', '--db', db]);
      expect(await q.exited).toBe(0);
      expect(JSON.parse(q.out())).toMatchObject({ event: 'purged', count: 1 });
      const last = await openSqliteStore({ filename: db });
      expect(await last.get(open.record.id)).toBeUndefined();
      const audit = await last.listAudit({ limit: 10 });
      expect(audit.items.map((e) => e.action)).toEqual(['purge', 'purge']);
      expect(audit.items[0]?.actor).toMatch(/^cli:/);
      await last.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits with code 2 and a clear message for bad configuration', async () => {
    const p = run(['--port', 'eighty'], { NPO_INTAKE_ADMIN_TOKEN: 'short' });
    expect(await p.exited).toBe(2);
    expect(p.err()).toContain("port must be a whole number from 0 to 65535, got 'eighty'");
    expect(p.err()).toContain('admin token must be 32 to 512');
    expect(p.err()).toContain('Usage: npo-intake');
  });

  it('creates a missing data folder 0700 with the database 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'npo-intake-folder-'));
    const db = join(dir, 'var', 'lib', 'npo-intake', 'intake.db');
    try {
      const p = run(['users', 'list', '--db', db]);
      expect(await p.exited).toBe(0);
      expect(statSync(join(dir, 'var')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'var', 'lib', 'npo-intake')).mode & 0o777).toBe(0o700);
      expect(statSync(db).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const cliStores: { name: string; args: string[]; env: Record<string, string>; open: () => Promise<IntakeStore> }[] = [];
const cliDir = mkdtempSync(join(tmpdir(), 'npo-intake-cli-users-'));
cliStores.push({
  name: 'SQLite',
  args: ['--db', join(cliDir, 'intake.db')],
  env: {},
  open: () => openSqliteStore({ filename: join(cliDir, 'intake.db') }),
});
if (postgresUrl !== undefined) {
  cliStores.push({
    name: 'PostgreSQL',
    args: [],
    env: { DATABASE_URL: postgresUrl },
    open: () => openPostgresStore({ connectionString: postgresUrl as string }),
  });
}

describe.skipIf(!existsSync(cli)).each(cliStores)('npo-intake users and erase on $name (built)', ({ args, env, open, name }) => {
  it('adds accounts with a token printed once as the last line, lists and revokes them, and erases by e-mail', async () => {
    if (name === 'PostgreSQL') await resetPostgres(postgresUrl as string);
    const add = run(['users', 'add', '--name', 'Petra de Boer', '--email', 'Petra@Oberon.nl', '--role', 'adviser', '--provider', 'oberon', ...args], env);
    expect(await add.exited).toBe(0);
    const lines = add.out().trimEnd().split('\n');
    const token = lines.at(-1) as string;
    expect(token).toMatch(/^npo_[A-Za-z0-9_-]{43}$/);
    expect(add.out()).toContain('Petra de Boer <petra@oberon.nl> (adviser, oberon)');
    const again = run(['users', 'add', '--name', 'P', '--email', 'petra@oberon.nl', '--role', 'adviser', ...args], env);
    expect(await again.exited).toBe(1);
    expect(again.err()).toContain('exists already');

    const list = run(['users', 'list', ...args], env);
    expect(await list.exited).toBe(0);
    const users = list.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(users).toEqual([expect.objectContaining({ email: 'petra@oberon.nl', role: 'adviser', provider: 'oberon', revokedAt: null })]);
    expect(list.out()).not.toContain(token);

    const store = await open();
    try {
      expect((await store.userByTokenHash(hashToken(token)))?.email).toBe('petra@oberon.nl');
      expect(JSON.stringify(await store.listUsers())).not.toContain(token);
      const mine = validRequest();
      mine.contact = { ...mine.contact, email: 'wis.mij@gemeente.nl' };
      const first = await store.insert(newRecord(mine));
      const second = await store.insert(newRecord({ ...validRequest(), contact: { ...mine.contact, email: 'WIS.MIJ@gemeente.nl' } }));
      const kept = await store.insert(newRecord());
      const erase = run(['erase', '--email', 'Wis.Mij@gemeente.nl', ...args], env);
      expect(await erase.exited).toBe(0);
      expect(JSON.parse(erase.out())).toMatchObject({ event: 'erased', count: 2 });
      expect(await store.get(first.record.id)).toBeUndefined();
      expect(await store.get(second.record.id)).toBeUndefined();
      expect(await store.get(kept.record.id)).toBeDefined();
      const revoke = run(['users', 'revoke', '--email', 'petra@oberon.nl', ...args], env);
      expect(await revoke.exited).toBe(0);
      expect(await store.userByTokenHash(hashToken(token))).toBeUndefined();
      const audit = (await store.listAudit({ limit: 10 })).items.map((e) => `${e.action}:${e.requestId === null ? '-' : 'id'}`);
      expect(audit).toEqual(['user-revoke:-', 'erase:id', 'erase:id', 'user-add:-']);
    } finally {
      await store.close();
    }
  });
});


describe.skipIf(!existsSync(cli)).each(cliStores)('npo-intake seed on $name (built)', ({ args, env, open, name }) => {
  it('stores the example requests it is asked for, and refuses a missing count', async () => {
    if (name === 'PostgreSQL') await resetPostgres(postgresUrl as string);
    const count = async () => {
      const store = await open();
      try {
        return await store.count();
      } finally {
        await store.close();
      }
    };
    const before = await count();
    const seed = run(['seed', '--count', '25', ...args], env);
    expect(await seed.exited).toBe(0);
    expect(JSON.parse(seed.out().trim())).toMatchObject({ event: 'seeded', count: 25 });
    expect((await count()) - before).toBe(25);
    const missing = run(['seed', ...args], env);
    expect(await missing.exited).toBe(2);
    expect(missing.err()).toContain('seed needs --count <n>');
  });
});
