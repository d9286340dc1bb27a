import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
      setupFiles: ['src/test-setup.ts'],
      // A test's first visit to a page transforms the page's modules (Vuetify's among them): on
      // two cores shared with the server suites (pnpm test runs them side by side) that alone can
      // pass Vitest's default 5 s.
      testTimeout: 20_000,
      // Vuetify ships CSS imports inside its JS: let Vite transform it.
      server: { deps: { inline: ['vuetify'] } },
    },
  }),
);
