import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/**/*.test.ts', 'budget/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Each file starts its own server and browser; two cores, so one file at a time.
    fileParallelism: false,
  },
});
