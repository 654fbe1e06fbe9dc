import {
  ConfigError,
  openStore,
  parseIntakeConfig,
  startIntakeServer,
  usage,
  type IntakeLogEntry,
} from './index.js';

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
  if (config.command === 'purge') {
    const store = await openStore(config.store);
    const before = new Date(Date.now() - (config.purgeOlderThanDays ?? 0) * 86_400_000).toISOString();
    const count = await store.purgeFinished(before);
    await store.close();
    line({ event: 'purged', count, before, time: new Date().toISOString() });
    flushLog();
    return;
  }
  if (config.adminToken === undefined) {
    process.stderr.write('npo-intake: no admin token set; the admin API answers 403 (set NPO_INTAKE_ADMIN_TOKEN)\n');
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
    adminToken: config.adminToken,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
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
