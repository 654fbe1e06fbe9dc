import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header names of a signed webhook delivery. */
export const webhookHeaders = {
  delivery: 'NPO-Delivery',
  timestamp: 'NPO-Timestamp',
  signature: 'NPO-Signature',
} as const;

/**
 * The signature of a webhook body: `v1=` and the hex HMAC-SHA256, keyed with the shared secret, of
 * the timestamp (Unix seconds), a dot, and the body exactly as sent.
 * @public
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Checks a received webhook: the signature must match and the timestamp lie within `toleranceSeconds`
 * of now (default 300), so a captured delivery cannot be replayed later.
 * @public
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | null | undefined; signature: string | null | undefined },
  body: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isSafeInteger(timestamp) || typeof headers.signature !== 'string') return false;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
