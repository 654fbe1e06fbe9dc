import type { BrowserCommand } from 'vitest/node';

type Media = { forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference'; media?: 'print' | 'screen' };

/** Emulates user preferences (forced colours, reduced motion) or print in the test page. */
export const emulateMedia: BrowserCommand<[media: Media]> = async (context, media) => {
  const page = (context as unknown as { page: import('playwright').Page }).page;
  await page.emulateMedia(media);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
  }
}
