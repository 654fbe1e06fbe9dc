import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host when its own `lang` or any `lang` above it changes (as Shoelace's localize
 * does), so a page that switches language is followed after the first render too.
 */
export class LocalizeController implements ReactiveController {
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    // The document covers every ancestor in it; the host itself too when it sits in another shadow root.
    this.observer.observe(document.documentElement, options);
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
