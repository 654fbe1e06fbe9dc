import { loadCore } from './domain.js';
import type { SubmitOutcome, SubmitSettings } from './submit-types.js';

// The network code (POST, timeout, retries) ships in the core chunk, so it adds nothing to the first load.
const load = loadCore;

/** Sends the request; never throws: code that cannot be loaded counts as no connection. */
export async function submit(endpoint: string, body: unknown, idempotencyKey: string, settings: SubmitSettings): Promise<SubmitOutcome> {
  try {
    const { sendRequest } = await load();
    return await sendRequest(endpoint, body, idempotencyKey, settings);
  } catch {
    return { kind: 'failed', reason: 'network' };
  }
}
