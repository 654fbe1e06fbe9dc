import type { Language } from '@npo-gemeenten/core/catalogue';
import { ApiError } from './api/client.js';
import type { WorkspaceMessages } from './messages/index.js';

/** What to tell staff about a failed call: the server's own words where it sent some. */
export function errorText(error: unknown, t: WorkspaceMessages, lang: Language): string {
  if (!(error instanceof ApiError)) return t.errorNetwork;
  if (error.status === 403) return t.errorForbidden;
  if (error.status === 404) return t.errorNotFound;
  if (error.status === 429) return t.errorRateLimited;
  if (error.fieldErrors.length > 0) return error.fieldErrors.map((e) => e.message[lang]).join(' ');
  if (error.problem) return error.problem.message[lang];
  return t.errorUnexpected;
}
