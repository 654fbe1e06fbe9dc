import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DataProperty, groupTopicKey, MissingFieldError, topicKey } from './lib/properties.js';

export { MissingFieldError } from './lib/properties.js';

/** Base URL of CBS OData v3. */
export const cbsODataBase = 'https://opendata.cbs.nl/ODataApi/odata';

/** Raised for a table CBS does not serve (404) or an unusable response; the message names table and URL. */
export class CbsODataError extends Error {
  override readonly name = 'CbsODataError';
  readonly status: number | null;

  constructor(message: string, status: number | null = null) {
    super(message);
    this.status = status;
  }
}

/** The subset of `fetch` the refresh uses, so tests can pass recorded responses. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface RefreshOptions {
  /** "Gebieden in Nederland" table of the year, e.g. `86059NED` for 2025. */
  readonly tableId: string;
  readonly year: number;
  readonly fetch?: FetchLike;
  readonly baseUrl?: string;
  /** Stop after this many pages (guards against a loop in nextLink). */
  readonly maxPages?: number;
}

export interface RefreshedMunicipality {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly inhabitants: number;
}

export interface RefreshedYear {
  readonly tableId: string;
  readonly year: number;
  readonly referenceDate: string;
  readonly municipalities: readonly RefreshedMunicipality[];
  readonly total: number;
}

async function getAll(fetcher: FetchLike, url: string, tableId: string, maxPages: number): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  for (let page = 0; next; page += 1) {
    if (page >= maxPages) throw new CbsODataError(`${tableId}: more than ${maxPages} pages at ${url}; stopping.`);
    const pageUrl: string = next;
    const response = await fetcher(pageUrl).catch((error: unknown) => {
      throw new CbsODataError(`${tableId}: could not reach CBS at ${pageUrl} (${error instanceof Error ? error.message : String(error)}).`);
    });
    if (response.status === 404) {
      throw new CbsODataError(
        `${tableId}: CBS has no such table (404 for ${next}). Check the id in the CBS catalogue (https://opendata.cbs.nl/ODataCatalog/Tables).`,
        404,
      );
    }
    if (!response.ok) throw new CbsODataError(`${tableId}: CBS answered ${response.status} for ${next}.`, response.status);
    const body = (await response.json()) as Record<string, unknown>;
    if (!Array.isArray(body.value)) throw new CbsODataError(`${tableId}: the response for ${next} has no "value" array.`);
    rows.push(...(body.value as Record<string, unknown>[]));
    const link = body['odata.nextLink'] ?? body['@odata.nextLink'];
    next = typeof link === 'string' ? link : undefined;
  }
  return rows;
}

function text(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Fetches codes, names, provinces and inhabitants of one "Gebieden in Nederland" table from CBS OData v3.
 * Fields are found by their DataProperties title ("Inwonertal"; "Code" and "Naam" in the groups
 * "Codes en namen van gemeenten" and "Provincies"), because CBS renumbers them every year.
 */
export async function fetchGebieden(options: RefreshOptions): Promise<RefreshedYear> {
  const fetcher: FetchLike = options.fetch ?? ((url) => fetch(url));
  const base = `${options.baseUrl ?? cbsODataBase}/${encodeURIComponent(options.tableId)}`;
  const maxPages = options.maxPages ?? 100;
  const properties = (await getAll(fetcher, `${base}/DataProperties?$format=json`, options.tableId, maxPages)).map(
    (p): DataProperty => ({
      ID: Number(p.ID),
      ParentID: p.ParentID === null || p.ParentID === undefined ? null : Number(p.ParentID),
      Type: String(p.Type ?? ''),
      Key: String(p.Key ?? ''),
      Title: String(p.Title ?? ''),
    }),
  );
  const id = options.tableId;
  const keys = {
    code: groupTopicKey(properties, 'Codes en namen van gemeenten', 'Code', id),
    name: groupTopicKey(properties, 'Codes en namen van gemeenten', 'Naam', id),
    provinceCode: groupTopicKey(properties, 'Provincies', 'Code', id),
    provinceName: groupTopicKey(properties, 'Provincies', 'Naam', id),
    inhabitants: topicKey(properties, 'Inwonertal', id),
  };
  const rows = await getAll(fetcher, `${base}/TypedDataSet?$format=json`, id, maxPages);
  const seen = new Set<string>();
  const municipalities = rows
    .filter((row) => text(row, 'RegioS').startsWith('GM'))
    .map((row, index): RefreshedMunicipality => {
      const code = text(row, keys.code) || text(row, 'RegioS');
      const inhabitants = row[keys.inhabitants];
      if (typeof inhabitants !== 'number' || !Number.isInteger(inhabitants) || inhabitants < 0) {
        throw new CbsODataError(`${id}: row ${index + 1} (${code}) has no valid ${keys.inhabitants}: ${String(inhabitants)}.`);
      }
      if (!/^GM\d{4}$/.test(code) || seen.has(code)) throw new CbsODataError(`${id}: bad or duplicate code ${code}.`);
      seen.add(code);
      return {
        code,
        name: text(row, keys.name),
        provinceCode: text(row, keys.provinceCode),
        provinceName: text(row, keys.provinceName),
        inhabitants,
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  if (municipalities.length === 0) throw new CbsODataError(`${id}: the table has no GM rows.`);
  const total = municipalities.reduce((sum, m) => sum + m.inhabitants, 0);
  return { tableId: id, year: options.year, referenceDate: `${options.year}-01-01`, municipalities, total };
}

/** The refreshed year as a `;`-separated input file for the generator. */
export function formatRefreshedCsv(result: RefreshedYear): string {
  const lines = result.municipalities.map((m) => [m.code, m.name, m.provinceCode, m.provinceName, m.inhabitants].join(';'));
  return `gm_code;naam;provincie_code;provincie_naam;inwonertal\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** `refresh <tableId> <year> [--out file]` */
export async function main(args: readonly string[]): Promise<void> {
  const [tableId, yearText] = args;
  const year = Number(yearText);
  if (!tableId || !Number.isInteger(year)) throw new Error('Usage: npm run refresh -- <tableId> <year> [--out file]');
  const result = await fetchGebieden({ tableId, year });
  const index = args.indexOf('--out');
  const out = resolve(index >= 0 && args[index + 1] ? (args[index + 1] as string) : `inputs/cbs_${tableId}_gebieden_in_nederland_${year}_odata.csv`);
  writeFileSync(out, formatRefreshedCsv(result));
  console.log(`${tableId}: ${result.municipalities.length} municipalities, ${result.total} inhabitants on ${result.referenceDate}; wrote ${out}`);
}

// Re-exported so callers can tell the two failure kinds apart.
export type { DataProperty };
export const isMissingFieldError = (error: unknown): error is MissingFieldError => error instanceof MissingFieldError;
