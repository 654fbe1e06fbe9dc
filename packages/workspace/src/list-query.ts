// The list's filters as the address keeps them: the same names as `GET /api/requests` takes, so the
// address, the API call and the export links are one query string.
import { providerIds, trajectoryStateIds } from '@npo-gemeenten/core/catalogue';

export const sortIds = ['received-desc', 'received-asc', 'municipality-asc', 'municipality-desc'] as const;
export type SortId = (typeof sortIds)[number];
export const outcomeIds = ['eligible', 'contact', 'not-eligible'] as const;

/** The filter names, in the order of the form. */
export const filterNames = ['status', 'provider', 'adviser', 'municipality', 'province', 'outcome', 'receivedFrom', 'receivedTo'] as const;
export type FilterName = (typeof filterNames)[number];

const day = /^\d{4}-\d{2}-\d{2}$/;
const valid: Record<FilterName, (value: string) => boolean> = {
  status: (v) => (trajectoryStateIds as readonly string[]).includes(v),
  provider: (v) => (providerIds as readonly string[]).includes(v),
  adviser: (v) => v.includes('@') && v.length <= 254,
  municipality: (v) => /^GM\d{4}$/.test(v),
  province: (v) => /^PV\d{2}$/.test(v),
  outcome: (v) => (outcomeIds as readonly string[]).includes(v),
  receivedFrom: (v) => day.test(v),
  receivedTo: (v) => day.test(v),
};

export interface ListQuery {
  filters: Partial<Record<FilterName, string>>;
  sort: SortId;
  cursor: string | null;
}

/** Reads the address's query; unknown or malformed values are left out rather than sent. */
export function parseListQuery(query: URLSearchParams): ListQuery {
  const filters: ListQuery['filters'] = {};
  for (const name of filterNames) {
    const value = query.get(name)?.trim();
    if (value && valid[name](value)) filters[name] = value;
  }
  const sort = query.get('sort');
  return {
    filters,
    sort: (sortIds as readonly string[]).includes(sort ?? '') ? (sort as SortId) : 'received-desc',
    cursor: query.get('cursor') || null,
  };
}

/** The query string of a list state (the default order is left out). */
export function toSearchParams({ filters, sort, cursor }: ListQuery, { withPage = true } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (withPage && sort !== 'received-desc') params.set('sort', sort);
  if (withPage && cursor) params.set('cursor', cursor);
  return params;
}
