import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, startCli } from './cli-process.js';
import { post } from './helpers.js';
import { validRequest } from './fixtures.js';
import { postgresUrl, resetPostgres } from './postgres.js';
import { startReceiver, startSmtp, until } from './receivers.js';

const secret = 'webhook-secret-0123456789abcdef0123456789';

interface Target {
  name: string;
  prepare(): Promise<{ args: string[]; env: Record<string, string>; cleanup(): void }>;
}

const targets: Target[] = [
  {
    name: 'SQLite',
    async prepare() {
      const dir = mkdtempSync(join(tmpdir(), 'npo-intake-crash-'));
      return { args: ['--db', join(dir, 'intake.db')], env: {}, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ...(postgresUrl === undefined
    ? []
    : [
        {
          name: 'PostgreSQL',
          async prepare() {
            await resetPostgres(postgresUrl as string);
            return { args: [], env: { DATABASE_URL: postgresUrl as string }, cleanup: () => undefined };
          },
        },
      ]),
];

describe.skipIf(!existsSync(cliPath)).each(targets)('outbox after a crash on $name', ({ prepare }) => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('a SIGKILL between commit and delivery: after restart every mail and hook goes out exactly once', async () => {
    const smtp = await startSmtp();
    const receiver = await startReceiver(secret);
    const store = await prepare();
    cleanups.push(() => smtp.close(), () => receiver.close(), () => store.cleanup());
    const args = [
      ...store.args,
      '--smtp-url',
      smtp.url,
      '--mail-from',
      'intake@example.nl',
      '--notify-email',
      'coordinator@example.nl',
      '--webhook-url',
      receiver.url,
    ];
    const env = {
      ...store.env,
      NPO_INTAKE_WEBHOOK_SECRET: secret,
      NPO_INTAKE_OUTBOX_BACKOFF_MS: '50',
      NPO_INTAKE_OUTBOX_POLL_MS: '50',
      // Claims of messages cut off by the crash expire after 4 x 500 ms.
      NPO_INTAKE_OUTBOX_TIMEOUT_MS: '500',
    };
    // Both receiving ends stall: every delivery is under way, none completes, when the process dies.
    smtp.hang = true;
    receiver.hang = true;
    const first = await startCli(args, env);
    cleanups.push(() => first.child.kill('SIGKILL'));
    const requests = Array.from({ length: 5 }, (_, i) =>
      validRequest({ contact: { ...validRequest().contact, email: `aanvrager${i}@example.nl` } }),
    );
    const answers = await Promise.all(requests.map((r) => post(first.url, r)));
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill(201));
    const ids = await Promise.all(answers.map(async (a) => ((await a.json()) as { id: string }).id));
    await until(() => smtp.attempts >= 10 && receiver.attempts >= 5);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(smtp.mails).toHaveLength(0);
    expect(receiver.accepted).toHaveLength(0);

    smtp.hang = false;
    receiver.hang = false;
    const second = await startCli(args, env);
    cleanups.push(() => second.child.kill('SIGKILL'));
    await until(() => smtp.mails.length >= 10 && receiver.accepted.length >= 5);
    // Settle a moment longer: nothing more may arrive.
    await new Promise((r) => setTimeout(r, 600));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(receiver.accepted.map((h) => h.body.request.id).sort()).toEqual([...ids].sort());
    expect(new Set(receiver.accepted.map((h) => h.deliveryId)).size).toBe(5);
    const receipts = smtp.mails.filter((m) => m.to[0]?.startsWith('aanvrager'));
    expect(receipts.map((m) => m.to[0]).sort()).toEqual(requests.map((r) => r.contact.email).sort());
    expect(smtp.mails.filter((m) => m.to[0] === 'coordinator@example.nl')).toHaveLength(5);
    expect(smtp.mails).toHaveLength(10);
    const delivered = second.lines().filter((l) => l.event === 'outbox' && l.result === 'delivered');
    expect(delivered).toHaveLength(15);
  });
});
