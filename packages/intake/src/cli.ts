import { userInfo } from 'node:os';
import {
  type AuditStamp,
  ConfigError,
  createStaffAccount,
  type IntakeConfig,
  type IntakeStore,
  openStore,
  parseIntakeConfig,
  seedExampleRequests,
  startIntakeServer,
  usage,
  type IntakeLogEntry,
} from './index.js';
import { locateWorkspace } from './workspace-location.js';

let pending: string[] = [];

function flushLog(): void {
  if (pending.length === 0) return;
  const text = pending.join('');
  pending = [];
  process.stdout.write(text);
}

/** One JSON line on stdout; lines written in one turn of the event loop go out in one write. */
function line(entry: Record<string, unknown>): void {
  if (pending.length === 0) setImmediate(flushLog);
  pending.push(`${JSON.stringify(entry)}\n`);
}

/** The audit actor of a command-line action: the operating-system user who ran it. */
function cliStamp(): AuditStamp {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // No user name (e.g. a container without /etc/passwd entry); the audit still records the action.
  }
  return { actor: `cli:${who}`, clientAddress: null, at: new Date().toISOString() };
}

function fail(message: string): never {
  process.stderr.write(`npo-intake: ${message}\n`);
  process.exit(1);
}

async function withStore(config: IntakeConfig, work: (store: IntakeStore) => Promise<void>): Promise<void> {
  let store: IntakeStore;
  try {
    store = await openStore(config.store);
  } catch (error) {
    fail(`cannot open the ${config.store.kind} store: ${(error as Error).message}`);
  }
  try {
    await work(store);
  } finally {
    await store.close();
  }
  flushLog();
}

const day = 86_400_000;

/** The commands that work on the store directly and exit: users, erase, purge, seed. */
async function runCommand(config: IntakeConfig): Promise<void> {
  await withStore(config, async (store) => {
    if (config.command === 'users-add' && config.user) {
      const created = await createStaffAccount(store, config.user, cliStamp());
      if (created === 'exists') {
        fail(`an active account for ${config.user.email} exists already; revoke it first to issue a new token`);
      }
      const { user, token } = created;
      const provider = user.provider === null ? '' : `, ${user.provider}`;
      // The token goes to stdout once, as the last line, so a script can take it with `tail -n 1`.
      process.stdout.write(
        `Account created: ${user.name} <${user.email}> (${user.role}${provider}).\n` +
          'Personal token (shown only now; hand it over safely, e.g. through a password manager):\n' +
          `${token}\n`,
      );
    } else if (config.command === 'users-list') {
      for (const user of await store.listUsers()) line({ ...user });
    } else if (config.command === 'users-revoke' && config.email) {
      if (!(await store.revokeUser(config.email, cliStamp()))) fail(`no active account for ${config.email}`);
      line({ event: 'revoked', email: config.email, time: new Date().toISOString() });
    } else if (config.command === 'erase' && config.email) {
      const stamp = cliStamp();
      let count = 0;
      for (const record of await store.findBySubject(config.email)) {
        if (await store.erase(record.id, stamp)) count += 1;
      }
      line({ event: 'erased', count, time: new Date().toISOString() });
    } else if (config.command === 'seed' && config.seedCount !== undefined) {
      const count = await seedExampleRequests(store, { count: config.seedCount });
      line({ event: 'seeded', count, time: new Date().toISOString() });
    } else if (config.command === 'purge' && config.purge) {
      const now = Date.now();
      const finishedBefore = new Date(now - config.purge.finishedDays * day).toISOString();
      const openBefore = new Date(now - config.purge.openDays * day).toISOString();
      const auditBefore = new Date(now - config.purge.auditDays * day).toISOString();
      const outboxBefore = new Date(now - config.purge.outboxDays * day).toISOString();
      const count = await store.purge({ finishedBefore, openBefore }, cliStamp());
      const auditCount = await store.purgeAudit(auditBefore);
      const outboxCount = await store.purgeOutbox(outboxBefore);
      line({
        event: 'purged',
        count,
        finishedBefore,
        openBefore,
        auditCount,
        auditBefore,
        outboxCount,
        outboxBefore,
        time: new Date().toISOString(),
      });
    }
  });
}

async function main(): Promise<void> {
  let config;
  try {
    config = parseIntakeConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`npo-intake: ${error.message}\n\n${usage}`);
      process.exit(2);
    }
    throw error;
  }
  if (config === 'help') {
    process.stdout.write(usage);
    return;
  }
  if (config.command !== 'serve') {
    await runCommand(config);
    return;
  }
  let store;
  try {
    store = await openStore(config.store, config.groupCommit);
  } catch (error) {
    // The message of a connection error may contain the host, never the password: pg does not echo it.
    process.stderr.write(`npo-intake: cannot open the ${config.store.kind} store: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const server = await startIntakeServer({
    store,
    port: config.port,
    host: config.host,
    allowedOrigins: config.allowedOrigins,
    adminAllowedOrigins: config.adminAllowedOrigins,
    adminToken: config.adminToken,
    rateLimit: config.rateLimit,
    sessionIdleMinutes: config.sessionIdleMinutes,
    // The installed workspace's files, or null so /admin/ says how to install it.
    ...(config.workspace ? { workspaceDir: locateWorkspace() ?? null } : {}),
    ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    ...(config.outbox ? { outbox: config.outbox } : {}),
    outboxLog: (entry) => line({ ...entry }),
    log: (entry: IntakeLogEntry) => line(entry as unknown as Record<string, unknown>),
  });
  line({ event: 'listening', url: server.url, store: store.dialect, time: new Date().toISOString() });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    line({ event: 'stopping', signal, time: new Date().toISOString() });
    server.close().then(
      () => {
        line({ event: 'stopped', time: new Date().toISOString() });
        flushLog();
        process.exitCode = 0;
        // Let stdout drain before leaving; nothing else keeps the process alive now.
        setImmediate(() => process.exit(0));
      },
      (error: unknown) => {
        process.stderr.write(`npo-intake: shutdown failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  stopWhenOrphaned(stop);
}

/**
 * Under `npx npo-intake` or an npm script, npm starts the server through `sh -c` and passes a SIGTERM
 * or SIGINT sent to its own PID only to that shell, which exits without passing it on. The server
 * then finds itself with a new parent, and stops as if it had received the signal. Only under npm:
 * started from a shell with `&` or `nohup`, it keeps running when that shell exits.
 */
function stopWhenOrphaned(stop: (signal: string) => void): void {
  if (process.env['npm_command'] === undefined) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('parent exited');
  }, 200).unref();
}

main().catch((error: unknown) => {
  process.stderr.write(`npo-intake: ${(error as Error).message}\n`);
  process.exit(1);
});
