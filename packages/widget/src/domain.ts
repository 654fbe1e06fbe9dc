/**
 * Lazy access to core (rules, catalogue, the request check) and data (CBS figures). Both load as
 * separate chunks so the first paint of the element needs neither.
 */
import type { ChildFigures, DataModule, SchoolHint } from './domain-types.js';

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

/** Loads core (rules, catalogue, the request check) once per page, after the data; needed from the second step on. */
export function loadCore(): Promise<CoreModule> {
  // Not before the data chunk is in (or failed): on a slow line both would share the bandwidth, and
  // the suggestions the visitor waits for need only the data.
  const settled = () => undefined;
  core ??= (data ?? Promise.resolve()).then(settled, settled).then(() => import('./core-features.js')).catch((error: unknown) => {
    core = undefined;
    throw error;
  });
  return core;
}

/** Loads an optional chunk and asks it one thing: null when the chunk cannot be loaded or has no answer. */
async function askChunk<M, T>(load: () => Promise<M>, ask: (chunk: M) => T | null): Promise<T | null> {
  try {
    return ask(await load());
  } catch {
    return null;
  }
}

/**
 * The school-based achterstandsscore (2019) beside the target group question. Its own chunk: only
 * needed when the share of doelgroepkinderen is unknown. Null when unknown or not loadable.
 */
export function loadSchoolHint(code: string): Promise<SchoolHint | null> {
  return askChunk(() => import('./school-score.js'), (chunk) => chunk.schoolDisadvantageScore(code));
}

/**
 * Children by age and households with children, shown on step 2 as context (never a criterion). Its
 * own chunk, requested when a municipality is chosen. Null when the code has no figures or the chunk
 * cannot be loaded: the step then says the figures are unknown.
 */
export function loadChildFigures(code: string): Promise<ChildFigures | null> {
  return askChunk(() => import('./child-indicators.js'), (chunk) => chunk.childFigures(code));
}
