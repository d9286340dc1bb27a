import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // type-graphql requires graphql's CJS entry; make Vite load the same copy (one realm).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['./src/test-support/build-dist.ts'],
  },
});
