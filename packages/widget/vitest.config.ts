import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { openCspPage } from './test/commands/csp-page.js';
import { emulateMedia } from './test/commands/emulate-media.js';

// Browser tests run in Debian's Chromium; no browser is ever downloaded.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
        launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumFlags },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 900, height: 1000 } }],
      commands: { openCspPage, emulateMedia },
      screenshotFailures: false,
    },
  },
});
