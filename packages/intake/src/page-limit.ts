/** How many requests one page of the admin list holds: `limit` from 1 to 500, 50 when not given. */
export const pageLimit = { min: 1, max: 500, default: 50 } as const;
