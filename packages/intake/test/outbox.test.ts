import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxLogEntry } from '../src/outbox/worker.js';
import { admin, post, startServerOn, type TestServer } from './helpers.js';
import { validRequest } from './fixtures.js';
import { startReceiver, startSmtp, until } from './receivers.js';
import { storeKinds } from './stores.js';

const secret = 'webhook-secret-0123456789abcdef0123456789';

/** Decodes a mail's quoted-printable body enough to read its text. */
function mailText(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe.each(storeKinds)('outbox on $name', ({ open }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(outbox: Record<string, unknown> = {}, shutdownTimeoutMs?: number) {
    const smtp = await startSmtp();
    const receiver = await startReceiver(secret);
    const log: OutboxLogEntry[] = [];
    const t: TestServer = await startServerOn(open, {
      outbox: {
        smtpUrl: smtp.url,
        mailFrom: 'NPO Intake <intake@example.nl>',
        notifyEmails: ['coordinator@example.nl', 'second@example.nl'],
        webhookUrl: receiver.url,
        webhookSecret: secret,
        backoffMs: 20,
        pollMs: 20,
        ...outbox,
      },
      outboxLog: (entry) => log.push(entry),
      ...(shutdownTimeoutMs === undefined ? {} : { shutdownTimeoutMs }),
    });
    cleanups.push(() => smtp.close(), () => receiver.close(), () => t.close());
    return { smtp, receiver, t, log };
  }

  it('sends the coordinators a notice, the requester a receipt in their language, and a signed webhook', async () => {
    const { smtp, receiver, t, log } = await setup();
    const english = validRequest({ language: 'en' });
    const dutch = validRequest({ contact: { ...validRequest().contact, email: 'aanvrager@example.nl' } });
    const first = await post(t.url, english);
    expect(first.status).toBe(201);
    const { reference, id } = (await first.json()) as { reference: string; id: string };
    expect((await post(t.url, dutch)).status).toBe(201);
    // A retry of the same request queues nothing new.
    expect((await post(t.url, english)).status).toBe(201);
    await until(async () => (await t.store.outboxCounts()).delivered === 6);
    expect(await t.store.outboxCounts()).toEqual({ pending: 0, delivered: 6, dead: 0 });

    const receipts = smtp.mails.filter((m) => m.to.includes(english.contact.email.toLowerCase()) || m.to.includes('aanvrager@example.nl'));
    expect(receipts).toHaveLength(2);
    const englishReceipt = mailText(smtp.mails.find((m) => m.to.includes(english.contact.email.toLowerCase()) && m.raw.includes(reference))?.raw ?? '');
    expect(englishReceipt).toContain(`Subject: Receipt ${reference}`);
    expect(englishReceipt).toContain(`Your reference: ${reference}`);
    const dutchReceipt = mailText(smtp.mails.find((m) => m.to.includes('aanvrager@example.nl'))?.raw ?? '');
    expect(dutchReceipt).toMatch(/Subject: Ontvangstbevestiging NPO-\d{4}-\d{6}/);
    expect(dutchReceipt).toContain('Uw kenmerk: NPO-');

    const notices = smtp.mails.filter((m) => m.to.includes('coordinator@example.nl'));
    expect(notices).toHaveLength(2);
    for (const notice of notices) {
      expect(notice.to.sort()).toEqual(['coordinator@example.nl', 'second@example.nl']);
      expect(notice.from).toBe('intake@example.nl');
      // The notice names the request, not the requester.
      expect(notice.raw).not.toContain(english.contact.email);
      expect(notice.raw).not.toContain(english.contact.name);
    }
    expect(mailText(notices.map((n) => n.raw).join('\n'))).toContain(`Nieuwe aanvraag ${reference}`);

    expect(receiver.accepted).toHaveLength(2);
    const hook = receiver.accepted.find((h) => h.body.request.id === id);
    expect(hook?.verified).toBe(true);
    expect(hook?.body.event).toBe('request.received');
    expect(hook?.body.request.reference).toBe(reference);
    expect(hook?.deliveryId).toBe(hook?.body.deliveryId);
    // The body is what the OpenAPI document promises.
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, object> };
      webhooks: Record<string, unknown>;
    };
    expect(Object.keys(doc.webhooks)).toEqual(['requestReceived']);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(doc.components.schemas.WebhookDelivery as object);
    for (const delivery of receiver.accepted) expect(validate(delivery.body), JSON.stringify(validate.errors)).toBe(true);
    expect(log.filter((e) => e.result === 'delivered')).toHaveLength(6);
    expect(JSON.stringify(log)).not.toContain(english.contact.email);
  });

  it('retries with backoff and dead-letters after the last attempt', async () => {
    const { receiver, smtp, t, log } = await setup({ maxAttempts: 3 });
    receiver.status = 500;
    smtp.refuse = true;
    expect((await post(t.url, validRequest())).status).toBe(201);
    await until(async () => (await t.store.outboxCounts()).dead === 3);
    expect(await t.store.outboxCounts()).toEqual({ pending: 0, delivered: 0, dead: 3 });
    expect(receiver.attempts).toBe(3);
    const hookAttempts = log.filter((e) => e.kind === 'webhook');
    expect(hookAttempts.map((e) => [e.attempts, e.result])).toEqual([
      [1, 'retry'],
      [2, 'retry'],
      [3, 'dead'],
    ]);
    expect(hookAttempts[0]?.error).toBe('webhook answered 500');
    const times = hookAttempts.map((e) => Date.parse(e.time));
    // Backoff doubles: at least 20 ms, then 40 ms between attempts.
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(40);
    expect(smtp.mails).toHaveLength(0);
  });

  it('delivers after the receiving end comes back, and keeps messages until then', async () => {
    const { receiver, smtp, t } = await setup();
    receiver.status = 503;
    smtp.refuse = true;
    expect((await post(t.url, validRequest())).status).toBe(201);
    await until(() => receiver.attempts >= 2);
    expect((await t.store.outboxCounts()).pending).toBe(3);
    receiver.status = 204;
    smtp.refuse = false;
    await until(async () => (await t.store.outboxCounts()).delivered === 3);
    expect(receiver.accepted).toHaveLength(1);
    expect(smtp.mails).toHaveLength(2);
  });

  it('erasure removes a request’s messages; retention removes delivered ones', async () => {
    const { receiver, smtp, t } = await setup();
    receiver.status = 503;
    smtp.refuse = true;
    const response = await post(t.url, validRequest());
    const { id } = (await response.json()) as { id: string };
    await until(() => receiver.attempts >= 1);
    expect((await t.store.outboxCounts()).pending).toBe(3);
    expect((await admin(t.url, `/api/requests/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await t.store.outboxCounts()).toEqual({ pending: 0, delivered: 0, dead: 0 });

    receiver.status = 204;
    smtp.refuse = false;
    expect((await post(t.url, validRequest())).status).toBe(201);
    await until(async () => (await t.store.outboxCounts()).delivered === 3);
    expect(await t.store.purgeOutbox(new Date(Date.now() - 60_000).toISOString())).toBe(0);
    expect(await t.store.purgeOutbox(new Date(Date.now() + 1000).toISOString())).toBe(3);
    expect(await t.store.outboxCounts()).toEqual({ pending: 0, delivered: 0, dead: 0 });
  });

  it('stops within the shutdown grace period while a delivery hangs', async () => {
    const { receiver, t } = await setup({ smtpUrl: undefined, notifyEmails: [] }, 300);
    receiver.hang = true;
    expect((await post(t.url, validRequest())).status).toBe(201);
    await until(() => receiver.attempts >= 1);
    const started = Date.now();
    await t.server.close();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
