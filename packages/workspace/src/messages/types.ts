import type { nl } from './nl.js';

/** Every text the workspace shows itself; the Dutch file is the reference, the English one follows it. */
export type WorkspaceMessages = typeof nl;
