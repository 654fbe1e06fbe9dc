import type { Server as HttpServer, ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { clientAddressResolver, type TrustProxy } from './client-address.js';
import { createIntakeHandler, type IntakeHandlerOptions } from './handler.js';
import { type OutboxLogEntry, type OutboxOptions, OutboxWorker, outboxKinds } from './outbox/worker.js';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import type { GroupCommitOptions, IntakeStore } from './store/types.js';
import type { StoreConfig } from './config.js';

/**
 * Options for {@link startIntakeServer}.
 * @public
 */
export interface IntakeServerOptions extends Omit<IntakeHandlerOptions, 'clientAddress' | 'outbox'> {
  /**
   * E-mail and webhook delivery: each new request queues its messages in the outbox, in the same
   * transaction, and a worker in this process delivers them (several processes share the work).
   * Default: nothing is sent.
   */
  outbox?: OutboxOptions;
  /** Receives one entry per outbox delivery attempt. */
  outboxLog?: (entry: OutboxLogEntry) => void;
  /** Port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Address to bind. Default 127.0.0.1. */
  host?: string;
  /**
   * Proxies to believe about the client address (`X-Forwarded-For`): a number of hops, or the
   * addresses and CIDR networks of your proxies. `true` means one hop. Default: none.
   */
  trustProxy?: boolean | TrustProxy;
  /** How long shutdown waits for in-flight requests before cutting connections. Default 10000 ms. */
  shutdownTimeoutMs?: number;
  /** Time a client has to send the request headers. Default 10000 ms. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request. Default 30000 ms. */
  requestTimeoutMs?: number;
  /** Most connections open at once; more are refused. Default 1024. */
  maxConnections?: number;
}

/**
 * A listening intake server.
 * @public
 */
export interface RunningIntakeServer {
  /** `http://host:port` */
  url: string;
  /** The port actually bound. */
  port: number;
  /**
   * Graceful stop: refuses new connections, lets in-flight requests finish (up to the timeout),
   * then flushes the commit queue and closes the store.
   */
  close(): Promise<void>;
}

/**
 * Opens the store a configuration names (and runs its migrations).
 * @public
 */
export function openStore(config: StoreConfig, groupCommit?: GroupCommitOptions): Promise<IntakeStore> {
  return config.kind === 'sqlite'
    ? openSqliteStore({ filename: config.filename, ...(groupCommit ? { groupCommit } : {}) })
    : openPostgresStore({ connectionString: config.connectionString, ...(groupCommit ? { groupCommit } : {}) });
}

function socketAddress(env: unknown): string | undefined {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

/**
 * Serves the intake handler on Node with `@hono/node-server`.
 * @public
 */
export async function startIntakeServer(options: IntakeServerOptions): Promise<RunningIntakeServer> {
  const {
    port = 8787,
    host = '127.0.0.1',
    trustProxy = false,
    shutdownTimeoutMs = 10_000,
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    maxConnections = 1024,
    outbox,
    outboxLog,
    ...rest
  } = options;
  const kinds = outbox ? outboxKinds(outbox) : [];
  // A worker runs even when this process queues nothing new: it delivers what is left from before.
  const worker = outbox ? new OutboxWorker(options.store, outbox, outboxLog) : undefined;
  const resolveClient = clientAddressResolver(trustProxy === true ? 1 : trustProxy === false ? undefined : trustProxy);
  const handler = createIntakeHandler({
    ...rest,
    ...(worker ? { outbox: { kinds, wake: () => worker.wake() } } : {}),
    clientAddress: (request, env) => resolveClient(socketAddress(env), request.headers.get('X-Forwarded-For')),
  });
  let draining = false;
  let inFlight = 0;
  let lastStart = 0;
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    inFlight += 1;
    lastStart = Date.now();
    try {
      if (draining) {
        // Tell keep-alive clients to reconnect elsewhere once this answer is sent.
        const outgoing = (env as { outgoing?: ServerResponse } | undefined)?.outgoing;
        if (outgoing) outgoing.shouldKeepAlive = false;
      }
      return await handler(request, env);
    } finally {
      inFlight -= 1;
    }
  };
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch,
        port,
        hostname: host,
        // Slow clients (one byte every few seconds) are cut off instead of holding a connection for minutes;
        // timeouts are checked every second rather than Node's default 30.
        serverOptions: {
          headersTimeout: headersTimeoutMs,
          requestTimeout: requestTimeoutMs,
          connectionsCheckingInterval: Math.min(1000, headersTimeoutMs, requestTimeoutMs),
        },
      },
      () => resolve(s),
    );
    (s as HttpServer).maxConnections = maxConnections;
    s.once('error', reject);
  });
  worker?.start();
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;

  async function drain(): Promise<void> {
    const http = server as HttpServer;
    draining = true;
    const started = Date.now();
    // Messages not sent by the end of the grace period stay in the outbox for the next start.
    const workerStopped = worker?.stop(shutdownTimeoutMs) ?? Promise.resolve();
    // Stop listening only: http.Server#close would also drop connections whose request has arrived
    // but is not parsed yet, losing requests the client believes were sent.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(http, () => resolve()));
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const quiet = inFlight === 0 && Date.now() - Math.max(lastStart, started) >= 200;
        if (quiet || Date.now() - started >= shutdownTimeoutMs) {
          clearInterval(tick);
          resolve();
        }
      }, 20);
    });
    // Idle keep-alive connections go now; anything still busy after the timeout is cut.
    http.closeIdleConnections();
    const sweep = setInterval(() => http.closeIdleConnections(), 50);
    const remaining = Math.max(0, shutdownTimeoutMs - (Date.now() - started));
    const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), remaining).unref());
    const result = await Promise.race([closed, deadline]);
    clearInterval(sweep);
    if (result === 'timeout') {
      http.closeAllConnections();
      await closed;
    }
    await workerStopped;
    await options.store.close();
  }

  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close: () => (closing ??= drain()),
  };
}
