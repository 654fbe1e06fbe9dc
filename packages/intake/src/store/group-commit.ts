/** Per-item result of one batch commit. */
export type BatchItemResult<O> = { ok: true; value: O } | { ok: false; error: unknown };

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Queues items and commits them in batches, one batch at a time, so many callers share one durable
 * commit (one fsync) instead of paying for one each. A caller's promise settles only after the
 * transaction that holds its item has committed (or failed).
 */
export class GroupCommitter<I, O> {
  private queue: Pending<I, O>[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly commit: (items: I[]) => Promise<BatchItemResult<O>[]> | BatchItemResult<O>[],
    private readonly maxBatch: number,
    private readonly maxDelayMs: number,
  ) {}

  submit(item: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error('store is closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Commits everything queued so far and waits for it. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.running) {
      if (this.running) await this.running;
      else this.start();
    }
  }

  /** Refuses new items, then flushes. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private schedule(): void {
    if (this.running) return; // the running batch schedules the next one when it ends
    if (this.queue.length >= this.maxBatch) {
      this.start();
      return;
    }
    if (this.timer === undefined) {
      this.timer = setTimeout(() => this.start(), this.maxDelayMs);
    }
  }

  private start(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.running || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.running = this.run(batch).finally(() => {
      this.running = undefined;
      // Items that queued during the commit have already waited; commit them straight away.
      if (this.queue.length > 0) this.start();
    });
  }

  private async run(batch: Pending<I, O>[]): Promise<void> {
    let results: BatchItemResult<O>[];
    try {
      results = await this.commit(batch.map((p) => p.item));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const r = results[i];
      if (r === undefined) p.reject(new Error('batch commit returned too few results'));
      else if (r.ok) p.resolve(r.value);
      else p.reject(r.error);
    });
  }
}
