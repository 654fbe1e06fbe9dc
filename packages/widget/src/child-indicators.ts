import type { ReactiveControllerHost } from 'lit';

/** Children by age and households with children of one municipality (`@npo-gemeenten/data/indicators`). */
export type ChildIndicators = NonNullable<ReturnType<typeof import('@npo-gemeenten/data/indicators').getChildIndicators>>;

/**
 * Loads the child indicators for the figures step, in their own chunk, once per municipality. They are
 * context beside the figures, never a criterion: until they load (or when they cannot) the step shows
 * nothing extra.
 */
export class ChildIndicatorsLoader {
  private code: string | null = null;
  private value: ChildIndicators | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The indicators of `code` once loaded; starts loading them on the first call for a code. */
  for(code: string): ChildIndicators | null {
    if (this.code !== code) {
      this.code = code;
      this.value = null;
      import('@npo-gemeenten/data/indicators')
        .then(({ getChildIndicators }) => {
          if (this.code !== code) return;
          this.value = getChildIndicators(code);
          this.host.requestUpdate();
        })
        .catch(() => undefined);
    }
    return this.value;
  }
}
