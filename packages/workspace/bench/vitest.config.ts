import { defineConfig } from 'vitest/config';

// `npm run bench`: the render bench, run through Vitest for its TypeScript, outside the test suite.
export default defineConfig({
  test: {
    include: ['bench/**/*.run.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
