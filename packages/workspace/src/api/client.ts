// The one way the app talks to the intake: same origin, the session cookie, JSON in and out, every
// answer checked against its schema so a mismatched server gives a clear error instead of a blank view.
import type * as z from 'zod/mini';
import { apiUrl } from '../app-root.js';
import { type Problem, problemSchema, validationSchema } from './schemas.js';

/** A failed call: the HTTP status and, where the server sent one, its problem body or field errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    readonly fieldErrors: { path: string; message: { nl: string; en: string } }[] = [],
  ) {
    super(problem?.message.en ?? `HTTP ${status}`);
  }
}

/** Called when any answer says the session is gone (401), so the app can return to the sign-in. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(callback: () => void): void {
  onSignedOut = callback;
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const problem = problemSchema.safeParse(body);
  const fields = validationSchema.safeParse(body);
  return new ApiError(response.status, problem.success ? problem.data : null, fields.success ? fields.data.errors : []);
}

interface CallOptions<S extends z.ZodMiniType | undefined> {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: URLSearchParams;
  body?: unknown;
  schema?: S;
  /** A 401 is an answer here (the sign-in itself), not a lost session. */
  quietUnauthorized?: boolean;
}

/** Calls the API; resolves with the parsed answer (or `undefined` without a schema), rejects with {@link ApiError}. */
export async function call<S extends z.ZodMiniType | undefined = undefined>(
  path: string,
  options: CallOptions<S> = {},
): Promise<S extends z.ZodMiniType ? z.infer<S> : undefined> {
  const { method = 'GET', query, body, schema, quietUnauthorized = false } = options;
  const response = await fetch(apiUrl(path, query), {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const error = await failure(response);
    if (response.status === 401 && !quietUnauthorized) onSignedOut();
    throw error;
  }
  if (!schema) return undefined as never;
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(response.status, null);
  return parsed.data as never;
}
