import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { openCspPage } from './test/commands/csp-page.js';
import { emulateMedia } from './test/commands/emulate-media.js';
import { openLoadingPage } from './test/commands/loading-page.js';
import { openNoScriptPage } from './test/commands/no-script-page.js';

// Screenshots go to docs/images only when asked (`npm run screenshots`), so a test run leaves the tree clean.
const screenshotDir = process.env['NPO_UPDATE_SCREENSHOTS'] ? '../../../docs/images' : '../temp/screenshots';

export default defineConfig({
  define: { __SCREENSHOT_DIR__: JSON.stringify(screenshotDir) },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/quiet-dev-mode.ts'],
    // Generous: the machine is shared, and a keyboard walk through six steps takes many key presses.
    testTimeout: 90_000,
    fileParallelism: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 900, height: 1000 } }],
      commands: { openCspPage, emulateMedia, openLoadingPage, openNoScriptPage },
      screenshotFailures: false,
    },
  },
});
