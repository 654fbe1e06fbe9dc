// The workspace's languages: Dutch (default, in the first file) and English (a chunk loaded on choice).
import type { Language } from '@npo-gemeenten/core/catalogue';
import { nl } from './nl.js';
import type { WorkspaceMessages } from './types.js';

export type { WorkspaceMessages } from './types.js';

const loaded: Partial<Record<Language, WorkspaceMessages>> = { nl };

/** Loads a language's texts (at once for Dutch). */
export async function loadMessages(language: Language): Promise<WorkspaceMessages> {
  if (language === 'en') loaded.en ??= (await import('./en.js')).en;
  return loaded[language] ?? nl;
}

/** The texts of a language if loaded, else Dutch. */
export function messagesFor(language: Language): WorkspaceMessages {
  return loaded[language] ?? nl;
}
