import * as z from 'zod';

/** How many entries one page of an admin list holds: `limit` from 1 to 500, 50 when not given. */
export const pageLimit = { min: 1, max: 500, default: 50 } as const;

/** The `limit` query parameter of a list, parsed. */
export const limitQuerySchema = z.coerce.number().int().min(pageLimit.min).max(pageLimit.max).default(pageLimit.default);

/** The same parameter in the OpenAPI document. */
export const limitParameter = {
  name: 'limit',
  in: 'query',
  schema: { type: 'integer', minimum: pageLimit.min, maximum: pageLimit.max, default: pageLimit.default },
} as const;
