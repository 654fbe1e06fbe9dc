import nodemailer, { type Transporter } from 'nodemailer';
import type { WebhookDelivery } from '../http-contract.js';
import { staffView } from '../routes/shared.js';
import type { StoredSupportRequest, OutboxJob } from '../store/types.js';
import { signWebhook, webhookHeaders } from './signature.js';
import { coordinatorText, type MessageFacts, receiptTexts } from './texts.js';

/**
 * Where the outbox delivers: SMTP for the e-mails, a URL for the signed webhook.
 * @public
 */
export interface DeliveryChannels {
  /** `smtp://user:pass@host:587` or `smtps://...`; without it no e-mail is sent. */
  smtpUrl?: string;
  /** Sender of every e-mail, e.g. `NPO Ondersteuning <intake@example.nl>`. Required with `smtpUrl`. */
  mailFrom?: string;
  /** Coordinators who get a notice of every new request (needs `smtpUrl`). */
  notifyEmails?: readonly string[];
  /** Receives a signed `POST` for every new request. */
  webhookUrl?: string;
  /** Key of the webhook signature (HMAC-SHA256), at least 32 characters. Required with `webhookUrl`. */
  webhookSecret?: string;
}


function facts(record: StoredSupportRequest): MessageFacts {
  return {
    reference: record.reference,
    municipality: record.request.municipality.name,
    receivedAt: record.receivedAt,
    outcome: record.eligibilityCheck.serverDecision?.outcome ?? record.clientDecision.outcome,
    flagged: record.eligibilityCheck.flagged,
  };
}

/** Sends one outbox message; throws when the receiving end did not take it. */
export class Deliverer {
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly channels: DeliveryChannels,
    private readonly timeoutMs: number,
  ) {
    this.transport = channels.smtpUrl
      ? nodemailer.createTransport({
          url: channels.smtpUrl,
          connectionTimeout: timeoutMs,
          greetingTimeout: timeoutMs,
          socketTimeout: timeoutMs,
        })
      : undefined;
  }

  async deliver(job: OutboxJob, record: StoredSupportRequest, signal: AbortSignal): Promise<void> {
    if (job.kind === 'webhook') return this.postWebhook(job, record, signal);
    const transport = this.transport;
    const from = this.channels.mailFrom;
    if (!transport || !from) throw new Error('no SMTP server configured');
    const mail =
      job.kind === 'receipt'
        ? { to: record.request.contact.email, ...receiptTexts[record.request.language](facts(record)) }
        : { to: [...(this.channels.notifyEmails ?? [])], ...coordinatorText(facts(record)) };
    if (mail.to.length === 0) throw new Error('no coordinator address configured');
    // The delivery id as Message-ID lets a mail system recognise a repeat after a cut-off attempt.
    await transport.sendMail({ from, ...mail, messageId: `<${job.id}@npo-intake>` });
  }

  private async postWebhook(job: OutboxJob, record: StoredSupportRequest, signal: AbortSignal): Promise<void> {
    const { webhookUrl, webhookSecret } = this.channels;
    if (!webhookUrl || !webhookSecret) throw new Error('no webhook configured');
    const body = JSON.stringify({ event: 'request.received', deliveryId: job.id, request: staffView(record) } satisfies WebhookDelivery);
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'npo-intake',
        [webhookHeaders.delivery]: job.id,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signWebhook(webhookSecret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]),
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status > 299) throw new Error(`webhook answered ${response.status}`);
  }

  close(): void {
    this.transport?.close();
  }
}
