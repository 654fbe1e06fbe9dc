import type { FieldError } from './domain-types.js';
import type { SubmitOutcome, SubmitSettings } from './submit-types.js';

class RetryableError extends Error {
  constructor(readonly reason: 'network' | 'timeout' | 'server') {
    super(reason);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function stringField(value: unknown, key: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' || typeof field === 'number' ? String(field) : null;
}

/** Keeps only well-formed field errors: server text is shown as text, never as markup. */
function fieldErrors(value: unknown): FieldError[] {
  if (!value || typeof value !== 'object') return [];
  const list = (value as Record<string, unknown>)['errors'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const r = item as Record<string, unknown>;
    const message = r['message'];
    const text =
      typeof message === 'string'
        ? { nl: message, en: message }
        : message && typeof message === 'object'
          ? {
              nl: String((message as Record<string, unknown>)['nl'] ?? ''),
              en: String((message as Record<string, unknown>)['en'] ?? (message as Record<string, unknown>)['nl'] ?? ''),
            }
          : { nl: '', en: '' };
    return [{ path: typeof r['path'] === 'string' ? r['path'] : '', code: String(r['code'] ?? 'invalid'), message: text }];
  });
}

/**
 * POSTs the request as JSON with an Idempotency-Key, so a retried request that did arrive is
 * stored once. Retries with exponential backoff on network errors, timeouts and 5xx; a 4xx is
 * the server's answer and is never retried.
 */
export async function sendRequest(endpoint: string, body: unknown, key: string, settings: SubmitSettings): Promise<SubmitOutcome> {
  let last: RetryableError = new RetryableError('network');
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    if (attempt > 0) await delay(settings.retryDelay * 2 ** (attempt - 1));
    try {
      return await attemptOnce(endpoint, body, key, settings.timeout);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      last = error;
    }
  }
  return { kind: 'failed', reason: last.reason };
}

async function attemptOnce(endpoint: string, body: unknown, key: string, timeout: number): Promise<SubmitOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
  } catch {
    throw new RetryableError(controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
  if (response.status >= 500) throw new RetryableError('server');
  const payload = await readJson(response);
  if (response.ok) {
    const id = stringField(payload, 'id');
    const reference = stringField(payload, 'reference');
    if (id === null || reference === null) return { kind: 'failed', reason: 'server' };
    return { kind: 'ok', id, reference, status: stringField(payload, 'status') ?? 'submitted' };
  }
  const errors = fieldErrors(payload);
  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'failed', reason: 'rejected' };
}
