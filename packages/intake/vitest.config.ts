import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The PostgreSQL suite shares one database; files run one after another to keep it predictable.
    fileParallelism: false,
  },
});
