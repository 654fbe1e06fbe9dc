/**
 * Lazy access to core (rules, catalogue, request schema) and data (CBS figures). Both load as
 * separate chunks so the first paint of the element needs neither.
 */
import type { DataModule, SchoolHint } from './domain-types.js';

export type CoreModule = typeof import('./core-features.js');

let core: Promise<CoreModule> | undefined;
let data: Promise<DataModule> | undefined;

/** Loads the municipality data once per page (needed for the first step); a failed load may be retried. */
export function loadData(): Promise<DataModule> {
  data ??= import('@npo-gemeenten/data/latest').catch((error: unknown) => {
    data = undefined;
    throw error;
  });
  return data;
}

/** Loads core (rules, catalogue, request schema) once per page, after the data; needed from the second step on. */
export function loadCore(): Promise<CoreModule> {
  // zod (inside core) probes `new Function` unless jitless is set before its schemas are built;
  // under a strict CSP that probe is reported as a violation. This is zod's own global config
  // object (what `z.config({ jitless: true })` writes), so the widget needs no zod import.
  const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  (g.__zod_globalConfig ??= {}).jitless = true;
  // Not before the data chunk is in (or failed): on a slow line both would share the bandwidth, and
  // the suggestions the visitor waits for need only the data.
  const settled = () => undefined;
  core ??= (data ?? Promise.resolve()).then(settled, settled).then(() => import('./core-features.js')).catch((error: unknown) => {
    core = undefined;
    throw error;
  });
  return core;
}

/**
 * The school-based achterstandsscore (2019) beside the target group question. Its own chunk: only
 * needed when the share of doelgroepkinderen is unknown. Null when unknown or not loadable.
 */
export async function loadSchoolHint(code: string): Promise<SchoolHint | null> {
  try {
    const { schoolDisadvantageScore } = await import('./school-score.js');
    return schoolDisadvantageScore(code);
  } catch {
    return null;
  }
}
