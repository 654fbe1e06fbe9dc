import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, startCli } from './cli-process.js';
import { post } from './helpers.js';
import { validRequest } from './fixtures.js';
import { postgresUrl, resetPostgres } from './postgres.js';
import { startReceiver, startSmtp, until } from './receivers.js';

const secret = 'webhook-secret-0123456789abcdef0123456789';

describe.skipIf(!existsSync(cliPath) || postgresUrl === undefined)('two intake processes on one PostgreSQL', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('store one row per request whichever gets it, and deliver every message exactly once between them', async () => {
    await resetPostgres(postgresUrl as string);
    const smtp = await startSmtp();
    const receiver = await startReceiver(secret);
    cleanups.push(() => smtp.close(), () => receiver.close());
    const args = ['--smtp-url', smtp.url, '--mail-from', 'intake@example.nl', '--notify-email', 'coordinator@example.nl',
      '--webhook-url', receiver.url];
    const env = {
      DATABASE_URL: postgresUrl as string,
      NPO_INTAKE_WEBHOOK_SECRET: secret,
      NPO_INTAKE_OUTBOX_POLL_MS: '20',
      NPO_INTAKE_OUTBOX_BACKOFF_MS: '20',
    };
    // Started together, so both run the migrations at once as well.
    const [a, b] = await Promise.all([startCli(args, env), startCli(args, env)]);
    cleanups.push(() => a.child.kill('SIGKILL'), () => b.child.kill('SIGKILL'));

    // Every request is sent four times at once, twice to each instance (a client retrying elsewhere).
    const requests = Array.from({ length: 20 }, (_, i) =>
      validRequest({ contact: { ...validRequest().contact, email: `aanvrager${i}@example.nl` } }),
    );
    const answers = await Promise.all(requests.flatMap((r) => [a, b, a, b].map((p) => post(p.url, r))));
    expect(answers.map((r) => r.status)).toEqual(Array(80).fill(201));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string; reference: string }[];
    for (let i = 0; i < 20; i += 1) {
      expect(new Set(bodies.slice(i * 4, i * 4 + 4).map((x) => x.id)).size).toBe(1);
    }
    const client = new pg.Client({ connectionString: postgresUrl as string });
    await client.connect();
    cleanups.push(() => client.end());
    const count = await client.query<{ n: string }>('SELECT count(*) AS n FROM support_requests');
    expect(Number(count.rows[0]?.n)).toBe(20);

    await until(() => smtp.mails.length >= 40 && receiver.accepted.length >= 20);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.accepted).toHaveLength(20);
    expect(new Set(receiver.accepted.map((h) => h.body.request.id)).size).toBe(20);
    expect(smtp.mails).toHaveLength(40);
    const receipts = smtp.mails.filter((m) => m.to[0]?.startsWith('aanvrager')).map((m) => m.to[0]);
    expect(receipts.sort()).toEqual(requests.map((r) => r.contact.email).sort());
    const outbox = await client.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM intake_outbox GROUP BY status');
    expect(outbox.rows.map((r) => [r.status, Number(r.n)])).toEqual([['delivered', 60]]);
    const delivered = (p: typeof a) => p.lines().filter((l) => l.event === 'outbox' && l.result === 'delivered');
    expect(delivered(a).length + delivered(b).length).toBe(60);

    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });
});
