import { loadCore } from '../../../domain.js';
import * as entry from './entry-shared.js';
import type { LaterSteps } from './later-steps.js';

let laterSteps: Promise<LaterSteps> | undefined;

/** Loads the later steps once per page (they ship in the core chunk); a failed load may be retried. */
export function loadLaterSteps(): Promise<LaterSteps> {
  laterSteps ??= loadCore().then(
    (module) => module.laterSteps(entry),
    (error: unknown) => {
      laterSteps = undefined;
      throw error;
    },
  );
  return laterSteps;
}
