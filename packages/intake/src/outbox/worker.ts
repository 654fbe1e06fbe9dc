import type { IntakeStore, OutboxJob, OutboxKind } from '../store/types.js';
import { type DeliveryChannels, Deliverer } from './deliver.js';

/**
 * Settings of the outbox worker: channels, and how it retries.
 * @public
 */
export interface OutboxOptions extends DeliveryChannels {
  /** Attempts before a message is dead-lettered. Default 10. */
  maxAttempts?: number;
  /** Wait after the first failed attempt; doubles with each further one, up to an hour. Default 5000 ms. */
  backoffMs?: number;
  /** How often the worker looks for due messages when nothing woke it. Default 1000 ms. */
  pollMs?: number;
  /** Longest time one delivery may take; a claim lasts four times this. Default 15000 ms. */
  timeoutMs?: number;
}

/**
 * One outbox log line. It names the message and request by id only.
 * @public
 */
export interface OutboxLogEntry {
  event: 'outbox';
  time: string;
  id: string;
  requestId: string;
  kind: OutboxKind;
  result: 'delivered' | 'retry' | 'dead';
  attempts: number;
  /** Why the attempt failed (the receiving end's answer, never message content). */
  error?: string;
}

/** Which messages a configuration asks the outbox to queue for each new request. */
export function outboxKinds(options: DeliveryChannels): OutboxKind[] {
  const kinds: OutboxKind[] = [];
  if (options.smtpUrl && (options.notifyEmails?.length ?? 0) > 0) kinds.push('coordinator-mail');
  if (options.smtpUrl) kinds.push('receipt');
  if (options.webhookUrl) kinds.push('webhook');
  return kinds;
}

const hour = 3_600_000;

/** Delivers due outbox messages until stopped. */
export class OutboxWorker {
  private readonly deliverer: Deliverer;
  private readonly abort = new AbortController();
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly store: IntakeStore,
    options: OutboxOptions,
    private readonly log: (entry: OutboxLogEntry) => void = () => undefined,
  ) {
    const timeoutMs = options.timeoutMs ?? 15_000;
    this.deliverer = new Deliverer(options, timeoutMs);
    this.maxAttempts = options.maxAttempts ?? 10;
    this.backoffMs = options.backoffMs ?? 5000;
    this.pollMs = options.pollMs ?? 1000;
    // A claim outlives the slowest delivery, so no other worker takes a message that is still being sent;
    // after a crash, a message cut off mid-delivery is tried again once its claim expires.
    this.leaseMs = 4 * timeoutMs;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** A new message was committed: look now instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops taking messages and waits for the ones in flight, at most `graceMs`; then cuts them off. */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([this.loop ?? Promise.resolve(), deadline]);
    this.abort.abort();
    this.deliverer.close();
    await Promise.race([this.loop ?? Promise.resolve(), new Promise((r) => setTimeout(r, 100).unref())]);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let jobs: OutboxJob[] = [];
      this.woken = false;
      try {
        jobs = await this.store.claimOutbox(16, this.leaseMs, new Date().toISOString());
      } catch {
        // The store is briefly unavailable: try again at the next poll.
      }
      if (jobs.length > 0) {
        await Promise.all(jobs.map((job) => this.handle(job)));
        continue;
      }
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  private async handle(job: OutboxJob): Promise<void> {
    let error: string | undefined;
    try {
      const record = await this.store.get(job.requestId);
      // An erased request takes its messages with it; nothing is left to send.
      if (!record) return;
      await this.deliverer.deliver(job, record, this.abort.signal);
    } catch (cause) {
      error = ((cause as Error).message || 'delivery failed').slice(0, 500);
    }
    const at = new Date().toISOString();
    const base = { event: 'outbox', time: at, id: job.id, requestId: job.requestId, kind: job.kind, attempts: job.attempts } as const;
    try {
      if (error === undefined) {
        await this.store.settleOutbox(job.id, { kind: 'delivered', at });
        this.log({ ...base, result: 'delivered' });
      } else if (job.attempts >= this.maxAttempts) {
        await this.store.settleOutbox(job.id, { kind: 'dead', at, error });
        this.log({ ...base, result: 'dead', error });
      } else {
        const wait = Math.min(hour, this.backoffMs * 2 ** (job.attempts - 1));
        const nextAttemptAt = new Date(Date.now() + wait).toISOString();
        await this.store.settleOutbox(job.id, { kind: 'retry', at, nextAttemptAt, error });
        this.log({ ...base, result: 'retry', error });
      }
    } catch {
      // Could not record the outcome (store closing): the claim expires and the message is tried again.
    }
  }
}
