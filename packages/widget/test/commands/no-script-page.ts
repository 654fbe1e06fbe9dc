import type { BrowserCommand } from 'vitest/node';

/** What a visitor sees of the fallback content inside the tag when scripts do not run. */
export interface NoScriptReport {
  /** The text of the fallback content, as rendered. */
  text: string;
  /** The link inside it, and whether it has a box on the page (is visible). */
  href: string | null;
  linkVisible: boolean;
  /** The element was never upgraded (no shadow root). */
  upgraded: boolean;
}

/**
 * Opens a page with `<npo-gemeentecheck>` and fallback content inside it in a browser context with
 * JavaScript switched off, as for a visitor who blocks scripts.
 */
export const openNoScriptPage: BrowserCommand<[html: string]> = async (context, html): Promise<NoScriptReport> => {
  const current = (context as unknown as { context: import('playwright').BrowserContext }).context;
  const browser = current.browser();
  if (!browser) throw new Error('no browser to open a context without JavaScript');
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const tab = await noScript.newPage();
    await tab.setContent(html);
    const widget = tab.locator('npo-gemeentecheck');
    const link = widget.locator('a').first();
    return {
      text: ((await widget.innerText()) ?? '').trim(),
      href: await link.getAttribute('href'),
      linkVisible: await link.isVisible(),
      // Evaluated by Playwright itself, which works with the page's scripts off.
      upgraded: await widget.evaluate((el) => el.shadowRoot !== null),
    };
  } finally {
    await noScript.close();
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    openNoScriptPage: (html: string) => Promise<NoScriptReport>;
  }
}
