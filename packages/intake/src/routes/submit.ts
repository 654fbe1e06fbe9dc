import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { parseSupportRequest } from '@npo-gemeenten/core';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { bodyHash } from '../body-hash.js';
import { checkEligibility } from '../eligibility-check.js';
import type { CreatedBody } from '../http-contract.js';
import { problem } from '../problems.js';
import { isTransientStoreError } from '../store/errors.js';
import type { StoredSupportRequest } from '../store/types.js';
import { capFieldErrors } from '../validation-errors.js';

function createdBody(record: StoredSupportRequest): CreatedBody {
  // The first answer is always `submitted`: a retry returns exactly what the first attempt got.
  return { id: record.id, reference: record.reference, status: 'submitted' };
}

/** Removes the honeypot field; returns 'bot' when it was filled in. */
function dropHoneypot(body: unknown): { body: unknown } | 'bot' {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !Object.hasOwn(body, 'website')) {
    return { body };
  }
  const { website, ...rest } = body as Record<string, unknown>;
  if (website !== '' && website !== null && website !== undefined) return 'bot';
  return { body: rest };
}

/** `POST /api/requests`: validate, re-check, store idempotently. */
export function registerSubmitRoute(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, allowedOrigins, postLimiter, clientBucket, now } = deps;
  app.post('/api/requests', async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined && !allowedOrigins.has(origin) && origin !== new URL(c.req.url).origin) {
      return problem(c, 403, 'origin-not-allowed');
    }
    const wait = postLimiter.hit(clientBucket(c.req.raw, c.env));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'rate-limited');
    }
    await next();
  }, deps.jsonBody, deps.limitBody, async (c) => {
    const key = c.req.header('Idempotency-Key')?.trim();
    if (key === undefined || key.length === 0 || key.length > 200) {
      return problem(c, 400, 'idempotency-key-required');
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return problem(c, 400, 'invalid-json');
    }
    const dropped = dropHoneypot(body);
    if (dropped === 'bot') {
      // Honeypot filled: answer like an accepted request, store nothing.
      c.set('note', 'honeypot');
      return c.json({ status: 'received' }, 202);
    }
    body = dropped.body;
    const parsed = parseSupportRequest(body);
    if (!parsed.success) {
      c.set('note', 'invalid');
      return c.json({ errors: capFieldErrors(parsed.errors) }, 422);
    }
    // The key is compared without regard to case, so the stored body is too.
    const request = { ...parsed.data, clientRequestId: parsed.data.clientRequestId.toLowerCase() };
    if (key.toLowerCase() !== request.clientRequestId.toLowerCase()) {
      return problem(c, 400, 'idempotency-key-mismatch');
    }
    const hash = bodyHash(request);
    let outcome;
    try {
      outcome = await store.insert({
        id: randomUUID(),
        idempotencyKey: request.clientRequestId,
        bodyHash: hash,
        receivedAt: now().toISOString(),
        request,
        eligibilityCheck: checkEligibility(request, deps.eligibilityData),
        ...(deps.outbox ? { outbox: deps.outbox.kinds } : {}),
      });
    } catch (error) {
      if (!isTransientStoreError(error)) {
        // A retry would fail again: no Retry-After. The error may quote the request; it is not logged.
        c.set('note', 'store-rejected');
        return problem(c, 500, 'store-rejected');
      }
      c.header('Retry-After', '5');
      c.set('note', 'store-error');
      return problem(c, 503, 'store-unavailable');
    }
    c.set('requestId', outcome.record.id);
    if (outcome.created) deps.outbox?.wake();
    if (!outcome.created) {
      if (outcome.record.bodyHash !== hash) return problem(c, 409, 'idempotency-key-reused');
      c.header('Idempotent-Replayed', 'true');
      c.set('note', 'replayed');
    }
    return c.json(createdBody(outcome.record), 201);
  });
}
