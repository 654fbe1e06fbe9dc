import { describe, expect, it } from 'vitest';
import { ConfigError, parseIntakeConfig } from '../src/config.js';

function problems(argv: string[], env: Record<string, string> = {}): readonly string[] {
  try {
    parseIntakeConfig(argv, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseIntakeConfig', () => {
  it('has safe defaults: loopback, SQLite file, rate limit on', () => {
    expect(parseIntakeConfig([], {})).toEqual({
      command: 'serve',
      purge: undefined,
      seedCount: undefined,
      user: undefined,
      email: undefined,
      port: 8787,
      host: '127.0.0.1',
      store: { kind: 'sqlite', filename: 'npo-intake.db' },
      allowedOrigins: [],
      adminAllowedOrigins: [],
      adminToken: undefined,
      rateLimit: 60,
      trustProxy: undefined,
      outbox: undefined,
      groupCommit: { maxDelayMs: 2, maxBatch: 128 },
      sessionIdleMinutes: 30,
      workspace: true,
    });
  });

  it('reads the delivery settings: SMTP, sender, coordinators, webhook and its secret', () => {
    const config = parseIntakeConfig(
      ['--smtp-url', 'smtp://mail.example.nl:587', '--mail-from', 'intake@example.nl', '--notify-email', 'A@example.nl',
        '--notify-email', 'b@example.nl', '--webhook-url', 'https://zaak.example.nl/hooks'],
      { NPO_INTAKE_WEBHOOK_SECRET: 's'.repeat(32), NPO_INTAKE_OUTBOX_MAX_ATTEMPTS: '4' },
    );
    expect(config !== 'help' && config.outbox).toEqual({
      smtpUrl: 'smtp://mail.example.nl:587',
      mailFrom: 'intake@example.nl',
      notifyEmails: ['a@example.nl', 'b@example.nl'],
      webhookUrl: 'https://zaak.example.nl/hooks',
      webhookSecret: 's'.repeat(32),
      maxAttempts: 4,
      backoffMs: 5000,
      pollMs: 1000,
      timeoutMs: 15000,
    });
    const fromEnv = parseIntakeConfig([], {
      NPO_INTAKE_SMTP_URL: 'smtps://u:p@mail.example.nl',
      NPO_INTAKE_MAIL_FROM: 'intake@example.nl',
      NPO_INTAKE_NOTIFY_EMAILS: 'c@example.nl, d@example.nl',
    });
    expect(fromEnv !== 'help' && fromEnv.outbox?.notifyEmails).toEqual(['c@example.nl', 'd@example.nl']);
  });

  it('says what delivery settings are missing or wrong, without echoing an SMTP password', () => {
    const found = problems(
      ['--smtp-url', 'http://u:secret@mail.example.nl', '--notify-email', 'nobody', '--webhook-url', 'ftp://x'],
      { NPO_INTAKE_WEBHOOK_SECRET: 'short' },
    );
    expect(found).toEqual([
      "'http://***@mail.example.nl' is not a smtp: or smtps: URL such as smtp://user:pass@mail.example.nl:587",
      "notify e-mail 'nobody' is not an e-mail address such as coordinator@example.nl",
      "'ftp://x' is not a https: or http: URL such as https://zaak.example.nl/hooks/npo",
      'e-mail needs a sender: --mail-from "NPO <intake@example.nl>" (or NPO_INTAKE_MAIL_FROM)',
      '--webhook-url needs NPO_INTAKE_WEBHOOK_SECRET of at least 32 characters (e.g. `openssl rand -hex 32`)',
    ]);
    expect(problems(['--notify-email', 'a@example.nl'])).toEqual([
      '--notify-email needs an SMTP server: --smtp-url (or NPO_INTAKE_SMTP_URL)',
    ]);
  });

  it('reads flags, with repeatable origins, and lets flags win over the environment', () => {
    const token = 'a'.repeat(40);
    const config = parseIntakeConfig(
      ['--port', '9000', '--host', '0.0.0.0', '--db', '/var/lib/npo/intake.db', '--allowed-origin', 'https://a.nl',
        '--allowed-origin', 'https://b.nl/', '--admin-token', token, '--rate-limit', '0', '--trust-proxy', '2',
        '--admin-allowed-origin', 'https://werkplek.aanbieder.nl', '--session-idle-minutes', '15', '--no-workspace'],
      { NPO_INTAKE_PORT: '1234', NPO_INTAKE_SESSION_IDLE_MINUTES: '60', NPO_INTAKE_ALLOWED_ORIGINS: 'https://c.nl', NPO_INTAKE_ADMIN_ALLOWED_ORIGINS: 'https://d.nl' },
    );
    expect(config).toEqual({
      command: 'serve',
      purge: undefined,
      seedCount: undefined,
      user: undefined,
      email: undefined,
      port: 9000,
      host: '0.0.0.0',
      store: { kind: 'sqlite', filename: '/var/lib/npo/intake.db' },
      allowedOrigins: ['https://a.nl', 'https://b.nl'],
      adminAllowedOrigins: ['https://werkplek.aanbieder.nl'],
      adminToken: token,
      rateLimit: 0,
      trustProxy: 2,
      groupCommit: { maxDelayMs: 2, maxBatch: 128 },
      sessionIdleMinutes: 15,
      workspace: false,
    });
    expect(problems(['--session-idle-minutes', '0'])).toEqual(["session idle minutes must be a whole number from 1 to 720, got '0'"]);
    expect(problems(['users', 'list', '--no-workspace'])).toEqual(['--no-workspace only goes with the server']);
  });

  it('reads the environment variables', () => {
    const token = 'b'.repeat(32);
    expect(
      parseIntakeConfig([], {
        NPO_INTAKE_PORT: '0',
        NPO_INTAKE_ALLOWED_ORIGINS: 'https://a.nl, http://localhost:5173',
        NPO_INTAKE_ADMIN_TOKEN: token,
        NPO_INTAKE_RATE_LIMIT: '10',
        DATABASE_URL: 'postgres://u:p@db:5432/npo',
        NPO_INTAKE_COMMIT_DELAY_MS: '5',
        NPO_INTAKE_COMMIT_BATCH: '64',
      }),
    ).toMatchObject({
      groupCommit: { maxDelayMs: 5, maxBatch: 64 },
      port: 0,
      store: { kind: 'postgres', connectionString: 'postgres://u:p@db:5432/npo' },
      allowedOrigins: ['https://a.nl', 'http://localhost:5173'],
      adminToken: token,
      rateLimit: 10,
    });
    expect(
      parseIntakeConfig([], { NPO_INTAKE_TRUST_PROXY: '10.0.0.0/8, fd00::/8', NPO_INTAKE_ADMIN_ALLOWED_ORIGINS: 'https://d.nl' }),
    ).toMatchObject({ trustProxy: ['10.0.0.0/8', 'fd00::/8'], adminAllowedOrigins: ['https://d.nl'] });
    expect(parseIntakeConfig([], { NPO_INTAKE_TRUST_PROXY: '0' })).toMatchObject({ trustProxy: undefined });
    expect(parseIntakeConfig([], { NPO_INTAKE_DB: 'x.db' })).toMatchObject({ store: { kind: 'sqlite', filename: 'x.db' } });
  });

  it('names every problem in bad configuration', () => {
    const found = problems(['--port', '70000', '--allowed-origin', 'https://a.nl/path', '--allowed-origin', '*',
      '--admin-token', 'short', '--rate-limit=-1', '--db', 'x.db', '--trust-proxy', '10.0.0.0/33'], { DATABASE_URL: 'mysql://x' });
    expect(found).toHaveLength(8);
    expect(found.join('\n')).toMatch(/trust proxy entry '10\.0\.0\.0\/33' is not an address or CIDR network/);
    expect(found.join('\n')).toMatch(/port must be a whole number from 0 to 65535, got '70000'/);
    expect(found.join('\n')).toMatch(/https:\/\/a\.nl\/path' must be scheme and host only/);
    expect(found.join('\n')).toMatch(/'\*' is not a URL/);
    expect(found.join('\n')).toMatch(/admin token must be 32 to 512/);
    expect(found.join('\n')).toMatch(/rate limit must be a whole number/);
    expect(found.join('\n')).toMatch(/choose one store/);
    expect(found.join('\n')).toMatch(/DATABASE_URL must start with postgres/);
  });

  it('reads the purge command and its retention period', () => {
    expect(parseIntakeConfig(['purge', '--older-than-days', '365', '--db', 'x.db'], {})).toMatchObject({
      command: 'purge',
      purge: { finishedDays: 365, openDays: 730, auditDays: 730 },
      store: { kind: 'sqlite', filename: 'x.db' },
    });
    expect(
      parseIntakeConfig(['purge', '--older-than-days', '365', '--open-older-than-days', '500', '--audit-older-than-days', '400'], {}),
    ).toMatchObject({ purge: { finishedDays: 365, openDays: 500, auditDays: 400 } });
    expect(problems(['purge'])).toEqual(['purge needs --older-than-days <n>, e.g. --older-than-days 365']);
    expect(problems(['purge', '--older-than-days', '0'])[0]).toMatch(/--older-than-days must be a whole number from 1/);
    expect(problems(['--older-than-days', '30'])).toEqual(['--older-than-days only goes with the purge command']);
    expect(problems(['serve'])[0]).toMatch(/unknown command 'serve'/);
  });

  it('reads the users and erase commands', () => {
    expect(
      parseIntakeConfig(['users', 'add', '--name', 'Petra de Boer', '--email', 'P.deBoer@Oberon.nl', '--role', 'adviser', '--provider', 'oberon'], {}),
    ).toMatchObject({
      command: 'users-add',
      user: { name: 'Petra de Boer', email: 'p.deboer@oberon.nl', role: 'adviser', provider: 'oberon' },
    });
    expect(parseIntakeConfig(['users', 'list'], {})).toMatchObject({ command: 'users-list' });
    expect(parseIntakeConfig(['users', 'revoke', '--email', 'a@b.nl'], {})).toMatchObject({ command: 'users-revoke', email: 'a@b.nl' });
    expect(parseIntakeConfig(['erase', '--email', 'J.deVries@example.nl'], {})).toMatchObject({
      command: 'erase',
      email: 'j.devries@example.nl',
    });
    expect(problems(['users', 'add', '--email', 'x', '--role', 'boss', '--provider', 'acme'])).toEqual([
      "'x' is not an e-mail address such as name@example.nl",
      'users add needs --name <name> (at most 100 characters)',
      'users add needs --role coordinator or --role adviser',
      "unknown provider 'acme'; use one of sardes, oberon, ced-groep, dsp-groep, caop",
    ]);
    expect(problems(['erase'])).toEqual(['erase needs --email <address>']);
    expect(problems(['users'])[0]).toMatch(/unknown command 'users'/);
    expect(problems(['--email', 'a@b.nl'])).toEqual(['--email only goes with users add, users revoke and erase']);
  });

  it('rejects unknown flags and missing values, and answers --help', () => {
    expect(problems(['--prot', '1'])[0]).toMatch(/Unknown option '--prot'/);
    expect(problems(['--port'])[0]).toMatch(/--port/);
    expect(parseIntakeConfig(['--help'], {})).toBe('help');
  });
});
