import type { Context } from 'hono';
import type * as z from 'zod';
import { toFieldErrors } from '@npo-gemeenten/core';
import { listMunicipalities, referenceYears } from '@npo-gemeenten/data';
import type { requestFilterQuerySchema } from '../admin-bodies.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import type { StoredRequestView } from '../http-contract.js';
import { type Principal, visibility } from '../principal.js';
import { problem } from '../problems.js';
import type { AuditStamp, RequestFilter, StoredNote, StoredSupportRequest, StoredTrajectoryEvent } from '../store/types.js';
import { capFieldErrors } from '../validation-errors.js';

/** The signed-in person (set by `signedIn`, which every staff route runs first). */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new Error('staff route without sign-in');
  return principal;
}

/** Who does this and from where, for the audit log. */
export function auditStamp(c: Context<AppEnv>, deps: RouteDeps): AuditStamp {
  return {
    actor: principalOf(c).actor,
    clientAddress: deps.clientAddress(c.req.raw, c.env) ?? null,
    at: deps.now().toISOString(),
  };
}

/** Reads and validates a JSON body: the data, or the 400/422 answer to send. */
export async function readBody<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return { ok: false, response: problem(c, 400, 'invalid-json') };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, response: c.json({ errors: capFieldErrors(toFieldErrors(parsed.error, { input: body })) }, 422) };
  }
  return { ok: true, data: parsed.data };
}

/** The 400 answer for a query that does not parse. */
export function invalidQuery(c: Context<AppEnv>, error: z.ZodError, input: unknown): Response {
  return problem(c, 400, 'invalid-query', { errors: capFieldErrors(toFieldErrors(error, { input })) });
}

let provinceCodes: Map<string, string[]> | undefined;

/** Every municipality code (of any reference year, so former codes count too) in a province. */
function municipalitiesOf(province: string): string[] {
  if (!provinceCodes) {
    provinceCodes = new Map();
    for (const year of referenceYears) {
      for (const m of listMunicipalities({ year })) {
        if (!m.province) continue;
        const codes = provinceCodes.get(m.province.code) ?? [];
        if (!codes.includes(m.code)) codes.push(m.code);
        provinceCodes.set(m.province.code, codes);
      }
    }
  }
  return provinceCodes.get(province) ?? [];
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The store filter of a parsed list or export query, limited to what the signed-in person may see. */
export function requestFilter(
  query: z.output<typeof requestFilterQuerySchema>,
  principal: Principal,
): RequestFilter {
  const filter: RequestFilter = { ...visibility(principal) };
  if (query.status !== undefined) filter.status = query.status;
  if (query.provider !== undefined) filter.provider = query.provider;
  if (query.adviser !== undefined) filter.adviser = query.adviser;
  if (query.outcome !== undefined) filter.outcome = query.outcome;
  if (query.municipality !== undefined || query.province !== undefined) {
    let codes = query.province === undefined ? undefined : municipalitiesOf(query.province);
    if (query.municipality !== undefined) {
      codes = codes === undefined || codes.includes(query.municipality) ? [query.municipality] : [];
    }
    filter.municipalityCodes = codes ?? [];
  }
  if (query.receivedFrom !== undefined) filter.receivedFrom = `${query.receivedFrom}T00:00:00.000Z`;
  if (query.receivedTo !== undefined) filter.receivedBefore = nextDay(query.receivedTo);
  return filter;
}

/** A stored request as the staff API shows it. */
export function staffView(
  record: StoredSupportRequest,
  extra: { history?: StoredTrajectoryEvent[]; notes?: StoredNote[] } = {},
): StoredRequestView {
  return {
    id: record.id,
    reference: record.reference,
    status: record.status,
    receivedAt: record.receivedAt,
    updatedAt: record.updatedAt,
    // The store takes provider ids only from core's list (checked on assignment).
    provider: record.provider as StoredRequestView['provider'],
    adviserEmail: record.adviserEmail,
    eligibilityFlagged: record.eligibilityCheck.flagged,
    request: record.request,
    clientDecision: record.clientDecision,
    eligibilityCheck: record.eligibilityCheck,
    ...extra,
  };
}
