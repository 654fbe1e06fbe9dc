import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Some tests regenerate modules or run thousands of property cases; a busy 2-core machine needs room.
    testTimeout: 60_000,
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
