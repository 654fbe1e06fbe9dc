import * as entry from './entry-shared.js';
import type { LaterSteps } from './later-steps.js';

let laterSteps: Promise<LaterSteps> | undefined;

/** Loads the later steps once per page (with core, before step 2); a failed load may be retried. */
export function loadLaterSteps(): Promise<LaterSteps> {
  laterSteps ??= import('./later-steps.js').then(
    (module) => module.laterSteps(entry),
    (error: unknown) => {
      laterSteps = undefined;
      throw error;
    },
  );
  return laterSteps;
}
