import { parseArgs } from 'node:util';
import { EMAIL_PATTERN, providerIds } from '@npo-gemeenten/core';
import { tokenPattern } from './auth.js';
import { parseTrustProxy, type TrustProxy } from './client-address.js';
import type { OutboxOptions } from './outbox/worker.js';
import type { StaffRole } from './store/types.js';

/**
 * Where requests are stored.
 * @public
 */
export type StoreConfig = { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

/**
 * A staff account to create with `npo-intake users add`.
 * @public
 */
export interface NewUserConfig {
  name: string;
  email: string;
  role: StaffRole;
  provider: string | null;
}

/**
 * Retention periods of `npo-intake purge`, in days.
 * @public
 */
export interface PurgeConfig {
  /** Requests in a final state whose status last changed longer ago than this. */
  finishedDays: number;
  /** Requests in any other state whose status last changed longer ago than this. */
  openDays: number;
  /** Audit entries older than this. */
  auditDays: number;
  /** Delivered and dead outbox messages settled longer ago than this. */
  outboxDays: number;
}

/**
 * Settings of the CLI, from flags and environment variables.
 * @public
 */
export interface IntakeConfig {
  /**
   * `serve` (default) runs the server; `purge` applies retention; `users-add`, `users-list`,
   * `users-revoke` manage staff accounts; `erase` erases every request of one e-mail address; `seed`
   * stores example requests (for a demo or a benchmark, never in production).
   */
  command: 'serve' | 'purge' | 'users-add' | 'users-list' | 'users-revoke' | 'erase' | 'seed';
  /** For `purge`: the retention periods. */
  purge: PurgeConfig | undefined;
  /** For `users add`: the account. */
  user: NewUserConfig | undefined;
  /** For `seed`: how many example requests to store. */
  seedCount: number | undefined;
  /** For `users revoke` and `erase`: the e-mail address. */
  email: string | undefined;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to bind. */
  host: string;
  /** SQLite file or PostgreSQL connection. */
  store: StoreConfig;
  /** Origins allowed to post requests from a browser. */
  allowedOrigins: string[];
  /** Origins allowed to use the staff API from a browser; none by default. */
  adminAllowedOrigins: string[];
  /** Bootstrap and emergency token (coordinator rights); undefined when not set. */
  adminToken: string | undefined;
  /** Posts per minute per client (IPv6: per /64); 0 is off. */
  rateLimit: number;
  /** Proxies to believe about the client address: hops, or addresses and CIDR networks. */
  trustProxy: TrustProxy | undefined;
  /** E-mail and webhook delivery, or undefined when neither is configured. */
  outbox: OutboxOptions | undefined;
  /** Group commit tuning (`NPO_INTAKE_COMMIT_DELAY_MS`, `NPO_INTAKE_COMMIT_BATCH`). */
  groupCommit: { maxDelayMs: number; maxBatch: number };
  /** Minutes of inactivity that end a browser session. */
  sessionIdleMinutes: number;
  /** Whether to serve the installed workspace at /admin/ (off with `--no-workspace`). */
  workspace: boolean;
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
       npo-intake users add --name <name> --email <e> --role coordinator|adviser [--provider <id>]
                          create a staff account; prints its personal token once, as the last line
       npo-intake users list                            list staff accounts (never their tokens)
       npo-intake users revoke --email <e>              revoke a staff account
       npo-intake erase --email <e>                     erase every request of this e-mail address (AVG art. 17)
       npo-intake purge --older-than-days <n> [--open-older-than-days <n>] [--audit-older-than-days <n>]
                        [--outbox-older-than-days <n>]
                          retention: erase finished requests (closed, declined, withdrawn) not changed
                          for n days, open ones not changed for --open-older-than-days (default 730),
                          audit entries older than --audit-older-than-days (default 730), and delivered
                          or dead outbox messages older than --outbox-older-than-days (default 30)
       npo-intake seed --count <n>                      store n example requests from real municipalities,
                          received over the last 26 weeks (for a demo or a benchmark; not in production)
  Every command works on --db <file> (SQLite) or on DATABASE_URL (PostgreSQL).
  Providers: ${providerIds.join(', ')}

Options (environment variable in brackets; flags win):
  --port <n>              port to listen on, 0 picks a free one (NPO_INTAKE_PORT, default 8787)
  --host <address>        address to bind (NPO_INTAKE_HOST, default 127.0.0.1)
  --db <file>             SQLite database file (NPO_INTAKE_DB, default ./npo-intake.db); a missing
                          folder is created 0700, a missing file 0600
                          PostgreSQL instead: set DATABASE_URL=postgres://user:pass@host:5432/db
  --allowed-origin <url>  origin allowed to post requests from a browser, repeatable
                          (NPO_INTAKE_ALLOWED_ORIGINS, comma-separated)
  --admin-allowed-origin <url>
                          origin allowed to use the staff API from a browser, repeatable
                          (NPO_INTAKE_ADMIN_ALLOWED_ORIGINS, comma-separated; default none)
  --admin-token <token>   bootstrap and emergency token with coordinator rights, at least 32 characters
                          (NPO_INTAKE_ADMIN_TOKEN; prefer the variable: flags show up in process lists)
  --session-idle-minutes <n>
                          a browser session ends after this many idle minutes, 1-720
                          (NPO_INTAKE_SESSION_IDLE_MINUTES, default 30; at most 12 hours after sign-in)
  --no-workspace          do not serve the staff workspace (@npo-gemeenten/workspace) at /admin/
  --rate-limit <n>        posts per minute per client (IPv6: per /64), 0 = off (NPO_INTAKE_RATE_LIMIT, default 60)
  --trust-proxy <hops|networks>
                          believe X-Forwarded-For from this many proxies, or from these addresses and
                          CIDR networks, e.g. 1 or 10.0.0.0/8,fd00::/8 (NPO_INTAKE_TRUST_PROXY; default none)
  --smtp-url <url>        SMTP server for e-mail, smtp://user:pass@host:587 or smtps://... (NPO_INTAKE_SMTP_URL;
                          prefer the variable); every requester then gets a receipt with the reference
  --mail-from <address>   sender of the e-mails, e.g. "NPO <intake@example.nl>" (NPO_INTAKE_MAIL_FROM)
  --notify-email <e>      coordinator who gets a notice of each new request, repeatable
                          (NPO_INTAKE_NOTIFY_EMAILS, comma-separated; needs --smtp-url)
  --webhook-url <url>     receives a signed POST for each new request (NPO_INTAKE_WEBHOOK_URL); the
                          signing secret, at least 32 characters, comes from NPO_INTAKE_WEBHOOK_SECRET
  Tuning (environment only): NPO_INTAKE_OUTBOX_MAX_ATTEMPTS (default 10), NPO_INTAKE_OUTBOX_BACKOFF_MS
                          (default 5000, doubling per attempt), NPO_INTAKE_OUTBOX_POLL_MS (default 1000),
                          NPO_INTAKE_OUTBOX_TIMEOUT_MS (default 15000; a claimed message waits 4x this
                          before another attempt after a crash)
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

type OutboxFlags = { 'smtp-url'?: string; 'mail-from'?: string; 'notify-email'?: string[]; 'webhook-url'?: string };

function checkUrl(raw: string, schemes: readonly string[], example: string, problems: string[]): string | undefined {
  try {
    if (schemes.includes(new URL(raw).protocol)) return raw;
  } catch {
    // Reported below.
  }
  problems.push(`'${raw.replace(/\/\/[^@/]*@/, '//***@')}' is not a ${schemes.join(' or ')} URL such as ${example}`);
  return undefined;
}

/** The delivery settings: SMTP, coordinators, webhook and retry tuning. */
function parseOutbox(
  values: OutboxFlags,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): OutboxOptions | undefined {
  const smtpRaw = nonEmpty(values['smtp-url']) ?? nonEmpty(env.NPO_INTAKE_SMTP_URL);
  const smtpUrl = smtpRaw && checkUrl(smtpRaw, ['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.nl:587', problems);
  const mailFrom = nonEmpty(values['mail-from']) ?? nonEmpty(env.NPO_INTAKE_MAIL_FROM);
  const notifyEmails = (
    values['notify-email'] ?? nonEmpty(env.NPO_INTAKE_NOTIFY_EMAILS)?.split(',') ?? []
  ).flatMap((raw) => {
    const email = raw.trim().toLowerCase();
    if (email === '') return [];
    if (EMAIL_PATTERN.test(email)) return [email];
    problems.push(`notify e-mail '${raw.trim()}' is not an e-mail address such as coordinator@example.nl`);
    return [];
  });
  const webhookRaw = nonEmpty(values['webhook-url']) ?? nonEmpty(env.NPO_INTAKE_WEBHOOK_URL);
  const webhookUrl = webhookRaw && checkUrl(webhookRaw, ['https:', 'http:'], 'https://zaak.example.nl/hooks/npo', problems);
  const webhookSecret = nonEmpty(env.NPO_INTAKE_WEBHOOK_SECRET);
  if (smtpRaw !== undefined && mailFrom === undefined) {
    problems.push('e-mail needs a sender: --mail-from "NPO <intake@example.nl>" (or NPO_INTAKE_MAIL_FROM)');
  }
  if (notifyEmails.length > 0 && smtpRaw === undefined) {
    problems.push('--notify-email needs an SMTP server: --smtp-url (or NPO_INTAKE_SMTP_URL)');
  }
  if (webhookRaw !== undefined && (webhookSecret === undefined || webhookSecret.length < 32)) {
    problems.push('--webhook-url needs NPO_INTAKE_WEBHOOK_SECRET of at least 32 characters (e.g. `openssl rand -hex 32`)');
  }
  const maxAttempts = integer('NPO_INTAKE_OUTBOX_MAX_ATTEMPTS', nonEmpty(env.NPO_INTAKE_OUTBOX_MAX_ATTEMPTS) ?? '10', 1, 100, problems);
  const backoffMs = integer('NPO_INTAKE_OUTBOX_BACKOFF_MS', nonEmpty(env.NPO_INTAKE_OUTBOX_BACKOFF_MS) ?? '5000', 1, 3_600_000, problems);
  const pollMs = integer('NPO_INTAKE_OUTBOX_POLL_MS', nonEmpty(env.NPO_INTAKE_OUTBOX_POLL_MS) ?? '1000', 10, 60_000, problems);
  const timeoutMs = integer('NPO_INTAKE_OUTBOX_TIMEOUT_MS', nonEmpty(env.NPO_INTAKE_OUTBOX_TIMEOUT_MS) ?? '15000', 100, 120_000, problems);
  if (smtpRaw === undefined && webhookRaw === undefined) return undefined;
  return {
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(mailFrom ? { mailFrom } : {}),
    notifyEmails,
    ...(webhookUrl ? { webhookUrl } : {}),
    ...(webhookUrl && webhookSecret ? { webhookSecret } : {}),
    maxAttempts,
    backoffMs,
    pollMs,
    timeoutMs,
  };
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
        'admin-allowed-origin': { type: 'string', multiple: true },
        'admin-token': { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'string' },
        'older-than-days': { type: 'string' },
        'open-older-than-days': { type: 'string' },
        'audit-older-than-days': { type: 'string' },
        'outbox-older-than-days': { type: 'string' },
        'smtp-url': { type: 'string' },
        'mail-from': { type: 'string' },
        'notify-email': { type: 'string', multiple: true },
        'webhook-url': { type: 'string' },
        'session-idle-minutes': { type: 'string' },
        'no-workspace': { type: 'boolean' },
        count: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        provider: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new ConfigError([`${(error as Error).message} (see --help)`]);
  }
  if (values.help) return 'help';
  const problems: string[] = [];

  const commands: Record<string, IntakeConfig['command']> = {
    '': 'serve',
    purge: 'purge',
    erase: 'erase',
    'users add': 'users-add',
    'users list': 'users-list',
    'users revoke': 'users-revoke',
    seed: 'seed',
  };
  const named = positionals.join(' ');
  const command = commands[named] ?? 'serve';
  if (!Object.hasOwn(commands, named)) {
    problems.push(`unknown command '${named}'; the commands are users add|list|revoke, erase, purge and seed`);
  }
  const used = (flag: string) => values[flag as keyof typeof values] !== undefined;
  const onlyWith = (flags: string[], allowed: IntakeConfig['command'][], what: string) => {
    for (const flag of flags) if (used(flag) && !allowed.includes(command)) problems.push(`--${flag} only goes with ${what}`);
  };
  onlyWith(
    ['older-than-days', 'open-older-than-days', 'audit-older-than-days', 'outbox-older-than-days'],
    ['purge'],
    'the purge command',
  );
  onlyWith(['smtp-url', 'mail-from', 'notify-email', 'webhook-url', 'session-idle-minutes', 'no-workspace'], ['serve'], 'the server');
  onlyWith(['name', 'role', 'provider'], ['users-add'], 'users add');
  onlyWith(['count'], ['seed'], 'the seed command');
  let seedCount: number | undefined;
  if (command === 'seed') {
    const raw = nonEmpty(values.count);
    if (raw === undefined) problems.push('seed needs --count <n>, e.g. --count 200');
    else seedCount = integer('--count', raw, 1, 1_000_000, problems);
  }
  onlyWith(['email'], ['users-add', 'users-revoke', 'erase'], 'users add, users revoke and erase');

  let purge: PurgeConfig | undefined;
  if (command === 'purge') {
    const days = nonEmpty(values['older-than-days']);
    if (days === undefined) problems.push('purge needs --older-than-days <n>, e.g. --older-than-days 365');
    const day = (flag: string, raw: string | undefined, fallback: number) =>
      raw === undefined ? fallback : integer(flag, raw, 1, 36_500, problems);
    purge = {
      finishedDays: day('--older-than-days', days, 1),
      openDays: day('--open-older-than-days', nonEmpty(values['open-older-than-days']), 730),
      auditDays: day('--audit-older-than-days', nonEmpty(values['audit-older-than-days']), 730),
      outboxDays: day('--outbox-older-than-days', nonEmpty(values['outbox-older-than-days']), 30),
    };
  }

  let email: string | undefined;
  if (command === 'users-add' || command === 'users-revoke' || command === 'erase') {
    email = nonEmpty(values.email);
    if (email === undefined) problems.push(`${named} needs --email <address>`);
    else if (!EMAIL_PATTERN.test(email)) problems.push(`'${email}' is not an e-mail address such as name@example.nl`);
    else email = email.toLowerCase();
  }

  let user: NewUserConfig | undefined;
  if (command === 'users-add') {
    const name = nonEmpty(values.name);
    if (name === undefined || name.length > 100) problems.push('users add needs --name <name> (at most 100 characters)');
    const role = nonEmpty(values.role);
    if (role !== 'coordinator' && role !== 'adviser') problems.push('users add needs --role coordinator or --role adviser');
    const provider = nonEmpty(values.provider) ?? null;
    if (provider !== null && !(providerIds as readonly string[]).includes(provider)) {
      problems.push(`unknown provider '${provider}'; use one of ${providerIds.join(', ')}`);
    }
    user = { name: name ?? '', email: email ?? '', role: role === 'adviser' ? 'adviser' : 'coordinator', provider };
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

  const origins = (flag: string[] | undefined, variable: string | undefined) =>
    (flag ?? nonEmpty(variable)?.split(',').map((o) => o.trim()).filter((o) => o !== '') ?? []).flatMap(
      (o) => checkOrigin(o, problems) ?? [],
    );
  const allowedOrigins = origins(values['allowed-origin'], env.NPO_INTAKE_ALLOWED_ORIGINS);
  const adminAllowedOrigins = origins(values['admin-allowed-origin'], env.NPO_INTAKE_ADMIN_ALLOWED_ORIGINS);

  const adminToken = nonEmpty(values['admin-token']) ?? nonEmpty(env.NPO_INTAKE_ADMIN_TOKEN);
  if (adminToken !== undefined && !tokenPattern.test(adminToken)) {
    problems.push('admin token must be 32 to 512 visible ASCII characters without spaces (e.g. `openssl rand -hex 32`)');
  }

  const rateRaw = nonEmpty(values['rate-limit']) ?? nonEmpty(env.NPO_INTAKE_RATE_LIMIT) ?? '60';
  const rateLimit = integer('rate limit', rateRaw, 0, 1_000_000, problems);

  let trustProxy: TrustProxy | undefined;
  const trustRaw = nonEmpty(values['trust-proxy']) ?? nonEmpty(env.NPO_INTAKE_TRUST_PROXY);
  if (trustRaw !== undefined) {
    const parsed = parseTrustProxy(trustRaw);
    if (typeof parsed === 'object' && 'error' in parsed) problems.push(parsed.error);
    else trustProxy = parsed === 0 ? undefined : parsed;
  }

  const maxDelayMs = integer('NPO_INTAKE_COMMIT_DELAY_MS', nonEmpty(env.NPO_INTAKE_COMMIT_DELAY_MS) ?? '2', 0, 1000, problems);
  const maxBatch = integer('NPO_INTAKE_COMMIT_BATCH', nonEmpty(env.NPO_INTAKE_COMMIT_BATCH) ?? '128', 1, 10_000, problems);

  const idleRaw = nonEmpty(values['session-idle-minutes']) ?? nonEmpty(env.NPO_INTAKE_SESSION_IDLE_MINUTES) ?? '30';
  const sessionIdleMinutes = integer('session idle minutes', idleRaw, 1, 720, problems);
  const outbox = command === 'serve' ? parseOutbox(values, env, problems) : undefined;

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    outbox,
    command,
    purge,
    seedCount,
    user,
    email,
    port,
    host,
    store,
    allowedOrigins,
    adminAllowedOrigins,
    adminToken,
    rateLimit,
    trustProxy,
    groupCommit: { maxDelayMs, maxBatch },
    sessionIdleMinutes,
    workspace: values['no-workspace'] !== true,
  };
}
