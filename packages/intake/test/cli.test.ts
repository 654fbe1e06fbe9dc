import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import { newRecord, validRequest } from './fixtures.js';

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
      const open = await store.insert(newRecord(validRequest(), '2024-01-01T00:00:00.000Z'));
      await store.close();
      const p = run(['purge', '--older-than-days', '30', '--db', db]);
      expect(await p.exited).toBe(0);
      expect(JSON.parse(p.out())).toMatchObject({ event: 'purged', count: 1 });
      const after = await openSqliteStore({ filename: db });
      expect(await after.get(old.record.id)).toBeUndefined();
      expect(await after.get(open.record.id)).toBeDefined();
      await after.close();
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
});
