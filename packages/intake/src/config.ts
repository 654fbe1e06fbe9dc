import { parseArgs } from 'node:util';

/**
 * Where requests are stored.
 * @public
 */
export type StoreConfig = { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

/**
 * Settings of the CLI server, from flags and environment variables.
 * @public
 */
export interface IntakeConfig {
  /** `serve` (default) runs the server; `purge` erases finished requests older than `purgeOlderThanDays`. */
  command: 'serve' | 'purge';
  /** For `purge`: erase requests in a final state whose status last changed more than this many days ago. */
  purgeOlderThanDays: number | undefined;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to bind. */
  host: string;
  /** SQLite file or PostgreSQL connection. */
  store: StoreConfig;
  /** Origins allowed to post from a browser. */
  allowedOrigins: string[];
  /** Bearer token of the admin API; undefined turns the admin API off. */
  adminToken: string | undefined;
  /** Posts per minute per client address; 0 is off. */
  rateLimit: number;
  /** Take the client address from the last `X-Forwarded-For` entry (only behind your own reverse proxy). */
  trustProxy: boolean;
  /** Group commit tuning (`NPO_INTAKE_COMMIT_DELAY_MS`, `NPO_INTAKE_COMMIT_BATCH`). */
  groupCommit: { maxDelayMs: number; maxBatch: number };
}

/**
 * Bad configuration: every problem found, one message each.
 * @public
 */
export class ConfigError extends Error {
  constructor(
    /** One message per problem. */
    readonly problems: readonly string[],
  ) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Usage text of `npo-intake`. */
export const usage = `Usage: npo-intake [options]                       run the server
       npo-intake purge --older-than-days <n> [--db <file>]
                          erase requests that are closed, declined or withdrawn and whose status
                          last changed more than n days ago (retention; PostgreSQL via DATABASE_URL)

Options (environment variable in brackets; flags win):
  --port <n>              port to listen on, 0 picks a free one (NPO_INTAKE_PORT, default 8787)
  --host <address>        address to bind (NPO_INTAKE_HOST, default 127.0.0.1)
  --db <file>             SQLite database file (NPO_INTAKE_DB, default ./npo-intake.db)
                          PostgreSQL instead: set DATABASE_URL=postgres://user:pass@host:5432/db
  --allowed-origin <url>  origin allowed to post from a browser, repeatable
                          (NPO_INTAKE_ALLOWED_ORIGINS, comma-separated)
  --admin-token <token>   bearer token for the admin API, at least 32 characters
                          (NPO_INTAKE_ADMIN_TOKEN; prefer the variable: flags show up in process lists)
  --rate-limit <n>        posts per minute per client address, 0 = off (NPO_INTAKE_RATE_LIMIT, default 60)
  --trust-proxy           take the client address from X-Forwarded-For (NPO_INTAKE_TRUST_PROXY=1)
  Tuning (environment only): NPO_INTAKE_COMMIT_DELAY_MS (default 2), NPO_INTAKE_COMMIT_BATCH (default 128):
                          how long inserts wait to share one durable commit, and how many at most
  --help                  show this text
`;



function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(name: string, raw: string, min: number, max: number, problems: string[]): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
    return min;
  }
  return value;
}

function checkOrigin(raw: string, problems: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`allowed origin '${raw}' is not a URL; use the form https://www.gemeente.nl`);
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== raw.replace(/\/$/, '')) {
    problems.push(`allowed origin '${raw}' must be scheme and host only (no path, query or '*'), e.g. https://www.gemeente.nl`);
    return undefined;
  }
  return url.origin;
}

/**
 * Reads the CLI flags and environment variables into a checked configuration.
 * Returns `'help'` for `--help`; throws {@link ConfigError} listing every problem.
 * @public
 */
export function parseIntakeConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): IntakeConfig | 'help' {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'allowed-origin': { type: 'string', multiple: true },
        'admin-token': { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'older-than-days': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new ConfigError([`${(error as Error).message} (see --help)`]);
  }
  if (values.help) return 'help';
  const problems: string[] = [];

  let command: IntakeConfig['command'] = 'serve';
  if (positionals.length === 1 && positionals[0] === 'purge') command = 'purge';
  else if (positionals.length > 0) problems.push(`unknown command '${positionals.join(' ')}'; the only command is 'purge'`);
  let purgeOlderThanDays: number | undefined;
  const days = nonEmpty(values['older-than-days']);
  if (command === 'purge') {
    if (days === undefined) problems.push('purge needs --older-than-days <n>, e.g. --older-than-days 365');
    else purgeOlderThanDays = integer('--older-than-days', days, 1, 36_500, problems);
  } else if (days !== undefined) {
    problems.push('--older-than-days only goes with the purge command');
  }

  const portRaw = nonEmpty(values.port) ?? nonEmpty(env.NPO_INTAKE_PORT) ?? '8787';
  const port = integer('port', portRaw, 0, 65535, problems);
  const host = nonEmpty(values.host) ?? nonEmpty(env.NPO_INTAKE_HOST) ?? '127.0.0.1';

  const db = nonEmpty(values.db) ?? nonEmpty(env.NPO_INTAKE_DB);
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  let store: StoreConfig = { kind: 'sqlite', filename: db ?? 'npo-intake.db' };
  if (databaseUrl !== undefined) {
    if (db !== undefined) {
      problems.push('both a SQLite file (--db / NPO_INTAKE_DB) and DATABASE_URL are set; choose one store');
    }
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      problems.push('DATABASE_URL must start with postgres:// or postgresql://');
    }
    store = { kind: 'postgres', connectionString: databaseUrl };
  }

  const originList =
    values['allowed-origin'] ??
    (nonEmpty(env.NPO_INTAKE_ALLOWED_ORIGINS)?.split(',').map((o) => o.trim()).filter((o) => o !== '') ?? []);
  const allowedOrigins = originList.flatMap((o) => checkOrigin(o, problems) ?? []);

  const adminToken = nonEmpty(values['admin-token']) ?? nonEmpty(env.NPO_INTAKE_ADMIN_TOKEN);
  if (adminToken !== undefined && !/^[\x21-\x7e]{32,512}$/.test(adminToken)) {
    problems.push('admin token must be 32 to 512 visible ASCII characters without spaces (e.g. `openssl rand -hex 32`)');
  }

  const rateRaw = nonEmpty(values['rate-limit']) ?? nonEmpty(env.NPO_INTAKE_RATE_LIMIT) ?? '60';
  const rateLimit = integer('rate limit', rateRaw, 0, 1_000_000, problems);

  const trustRaw = nonEmpty(env.NPO_INTAKE_TRUST_PROXY);
  if (trustRaw !== undefined && !['0', '1', 'true', 'false'].includes(trustRaw)) {
    problems.push(`NPO_INTAKE_TRUST_PROXY must be 1/true or 0/false, got '${trustRaw}'`);
  }
  const trustProxy = values['trust-proxy'] ?? (trustRaw === '1' || trustRaw === 'true');

  const maxDelayMs = integer('NPO_INTAKE_COMMIT_DELAY_MS', nonEmpty(env.NPO_INTAKE_COMMIT_DELAY_MS) ?? '2', 0, 1000, problems);
  const maxBatch = integer('NPO_INTAKE_COMMIT_BATCH', nonEmpty(env.NPO_INTAKE_COMMIT_BATCH) ?? '128', 1, 10_000, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    command,
    purgeOlderThanDays,
    port,
    host,
    store,
    allowedOrigins,
    adminToken,
    rateLimit,
    trustProxy,
    groupCommit: { maxDelayMs, maxBatch },
  };
}
