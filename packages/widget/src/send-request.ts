import type { FieldError } from './domain-types.js';
import type { SubmitOutcome, SubmitSettings } from './submit-types.js';

/** The largest answer body read; a longer one is not the intake's answer and is treated as unreadable. */
export const maxBodyBytes = 64 * 1024;
/** A 429 asking for at most this many seconds is waited out and sent again without asking. */
const defaultMaxAutoWait = 10;
/** The wait assumed for a 429 without a usable Retry-After. */
const defaultBusyWait = 30;

class RetryableError extends Error {
  constructor(readonly reason: 'network' | 'timeout' | 'server') {
    super(reason);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The body as JSON, read within the attempt's time (the abort signal) and up to `maxBodyBytes`;
 * null when it is not JSON or too long. A body that stops arriving ends with the timeout.
 */
async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  // The time limit ends a body that stops arriving, however the response was made.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBodyBytes) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    if (!signal.aborted) return null;
  } finally {
    signal.removeEventListener('abort', stop);
  }
  if (signal.aborted) throw new RetryableError('timeout');
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
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
 * stored once. Retries with exponential backoff on network errors, timeouts and 5xx; waits out a
 * short 429 (same key) and reports a long one as `busy`; any other 4xx is the server's answer and
 * is never retried.
 */
export async function sendRequest(endpoint: string, body: unknown, key: string, settings: SubmitSettings): Promise<SubmitOutcome> {
  let last: RetryableError = new RetryableError('network');
  const maxAutoWait = settings.maxAutoWait ?? defaultMaxAutoWait;
  for (let attempt = 0, busyWaits = 0; attempt <= settings.retries; attempt++) {
    if (attempt > 0) await delay(settings.retryDelay * 2 ** (attempt - 1));
    try {
      const outcome = await attemptOnce(endpoint, body, key, settings.timeout);
      // A short 429 is waited out (at most three times), without counting as a failed attempt.
      if (outcome.kind === 'busy' && outcome.retryAfter <= maxAutoWait && busyWaits++ < 3) {
        await delay(outcome.retryAfter * 1000);
        attempt--;
        continue;
      }
      return outcome;
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
  try {
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
    }
    if (response.status >= 500) throw new RetryableError('server');
    if (response.status === 429) {
      void response.body?.cancel().catch(() => undefined);
      return { kind: 'busy', retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) ?? defaultBusyWait };
    }
    // The body is read within the same time limit as the answer itself.
    const payload = await readJson(response, controller.signal);
    if (response.ok) {
      const id = stringField(payload, 'id');
      const reference = stringField(payload, 'reference');
      if (id === null || reference === null) return { kind: 'failed', reason: 'server' };
      return { kind: 'ok', id, reference, status: stringField(payload, 'status') ?? 'submitted' };
    }
    const errors = fieldErrors(payload);
    return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'failed', reason: 'rejected' };
  } finally {
    clearTimeout(timer);
  }
}
