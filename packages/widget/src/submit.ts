import type { SubmitOutcome, SubmitSettings } from './submit-types.js';

// The network code (POST, timeout, retries) loads on the first submit, so it adds nothing to the first load.
const load = () => import('./send-request.js');

/** Fetches the network code ahead of the first submit, while the visitor fills in the form. */
export function prepareSubmit(): void {
  load().catch(() => undefined);
}

/** Sends the request; never throws: code that cannot be loaded counts as no connection. */
export async function submit(endpoint: string, body: unknown, idempotencyKey: string, settings: SubmitSettings): Promise<SubmitOutcome> {
  try {
    const { sendRequest } = await load();
    return await sendRequest(endpoint, body, idempotencyKey, settings);
  } catch {
    return { kind: 'failed', reason: 'network' };
  }
}
