/**
 * Keeps a draft in sessionStorage under a key per endpoint, so a reload or a failed submission
 * never loses the visitor's answers. Storage can be unavailable (privacy settings, quota): then
 * the widget still works, only without restore.
 */
export class DraftStore<T> {
  private expiry: ReturnType<typeof setTimeout> | undefined;

  /** `lifetimeMs` after the last save the draft is removed, also while the page stays open. */
  constructor(
    private readonly key: () => string,
    private readonly lifetimeMs: number,
  ) {}

  load(): unknown {
    try {
      const raw = globalThis.sessionStorage?.getItem(this.key());
      return raw ? (JSON.parse(raw) as unknown) : null;
    } catch {
      return null;
    }
  }

  save(value: T): void {
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => this.clear(), this.lifetimeMs);
    try {
      globalThis.sessionStorage?.setItem(this.key(), JSON.stringify(value));
    } catch {
      // Storage full or blocked: keep working without a draft.
    }
  }

  clear(): void {
    clearTimeout(this.expiry);
    try {
      globalThis.sessionStorage?.removeItem(this.key());
    } catch {
      // Nothing to clear when storage is blocked.
    }
  }
}

/** Storage key for a draft; one per endpoint so two widgets for two providers never mix. */
export function draftKey(endpoint: string | undefined, contactEmail: string | undefined): string {
  return `npo-gemeentecheck:draft:${endpoint || `mailto:${contactEmail ?? ''}`}`;
}
