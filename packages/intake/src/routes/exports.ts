import type { Context, Hono } from 'hono';
import { requestFilterQuerySchema } from '../admin-bodies.js';
import type { AppEnv, RouteDeps } from '../app-env.js';
import { csvExport } from '../export-csv.js';
import { xlsxExport } from '../export-xlsx.js';
import type { RequestFilter } from '../store/types.js';
import { auditStamp, invalidQuery, principalOf, requestFilter } from './shared.js';

/** `GET /api/requests.csv` and `GET /api/requests.xlsx`: the list's filters, oldest first, audited. */
export function registerExportRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { store, signedIn, now } = deps;

  async function prepare(c: Context<AppEnv>): Promise<{ filter: RequestFilter } | { response: Response }> {
    const raw = c.req.query();
    const query = requestFilterQuerySchema.safeParse(raw);
    if (!query.success) return { response: invalidQuery(c, query.error, raw) };
    await store.audit([{ ...auditStamp(c, deps), action: 'export', requestId: null }]);
    return { filter: requestFilter(query.data, principalOf(c)) };
  }

  const fileName = (extension: string) => `attachment; filename="npo-aanvragen-${now().toISOString().slice(0, 10)}.${extension}"`;

  app.get('/api/requests.csv', signedIn, async (c) => {
    const prepared = await prepare(c);
    if ('response' in prepared) return prepared.response;
    return c.body(csvExport(store.iterate(prepared.filter)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': fileName('csv'),
    });
  });

  app.get('/api/requests.xlsx', signedIn, async (c) => {
    const prepared = await prepare(c);
    if ('response' in prepared) return prepared.response;
    const file = await xlsxExport(store.iterate(prepared.filter));
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': fileName('xlsx'),
    });
  });
}
