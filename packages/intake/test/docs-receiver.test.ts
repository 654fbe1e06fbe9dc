import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../src/outbox/signature.js';
import { until } from './receivers.js';

const docs = readFileSync(fileURLToPath(new URL('../../../docs/intake.md', import.meta.url)), 'utf8');
const secret = 'receiver-secret-0123456789abcdef0123456789';

describe('docs/intake.md webhook receiver', () => {
  it('runs as written: takes signed deliveries, refuses forged and stale ones', async () => {
    const section = docs.split('### Verifying a webhook')[1] ?? '';
    const code = /```js[^\n]*\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'npo-intake-receiver-'));
    const file = join(dir, 'receiver.mjs');
    writeFileSync(file, code as string);
    const child = spawn(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? '', NPO_INTAKE_WEBHOOK_SECRET: secret, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await until(() => out.includes('listening on'));
      const url = /listening on (\S+)/.exec(out)?.[1] as string;
      const body = JSON.stringify({
        event: 'request.received',
        deliveryId: '6f1c2a9e-5b7d-4c1e-9a2b-6d8e0f1a2b3c',
        request: { reference: 'NPO-2026-000001', request: { municipality: { name: 'Schiermonnikoog' } } },
      });
      const send = (timestamp: number, signature: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'NPO-Timestamp': String(timestamp), 'NPO-Signature': signature, 'Content-Type': 'application/json' },
          body,
        });
      const now = Math.floor(Date.now() / 1000);
      expect((await send(now, signWebhook(secret, now, body))).status).toBe(204);
      expect((await send(now, signWebhook(secret, now, body))).status).toBe(204);
      expect((await send(now, signWebhook('another-secret-0123456789abcdef0123', now, body))).status).toBe(401);
      expect((await send(now - 600, signWebhook(secret, now - 600, body))).status).toBe(401);
      expect((await send(now, 'v1=00')).status).toBe(401);
      // A repeat of one delivery id is handled once.
      expect(out.match(/new request NPO-2026-000001 from Schiermonnikoog/g)).toHaveLength(1);
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
