import { fileURLToPath, URL } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { messageGroups } from './vite-plugins/message-groups.ts';
import { splitConstants } from './vite-plugins/split-constants';
import { vuetifyTrim } from './vite-plugins/vuetify-trim.ts';

export default defineConfig({
  plugins: [
    // Each GraphQL document and each icon in the chunk of the pages that use it, not all of them
    // in the entry (vite-plugins/split-constants.ts).
    splitConstants([
      {
        file: '/src/gql/graphql.ts',
        constant: /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/,
      },
      { file: '/@mdi/js/mdi.js', constant: /^export var (mdi\w+) = (".*");$/ },
    ]),
    // The messages in groups, each language's group a chunk of its own (src/locales/groups.ts).
    messageGroups(),
    vue(),
    // Imports only the Vuetify components and directives the templates use.
    vuetify({ autoImport: true }),
    // What Vuetify brings and Masar does not use (its date adapter, its own locale adapter, a
    // group's component with each of its items), out of the build.
    vuetifyTrim(),
    // Each file of 1 KiB or more also as .br and .gz, compressed once here at the highest levels;
    // the server sends the one the browser accepts (server/src/static-assets.ts). Fonts (woff2)
    // and images are compressed already.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 10 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      include: /\.(js|mjs|css|html|svg|json|txt|map)$/,
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  define: {
    // vue-i18n's esm-bundler build: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Every component is written with <script setup> (Vuetify's and vue-router's too): Vue's
    // Options API (data, methods, mixins) is left out of the bundle.
    __VUE_OPTIONS_API__: false,
    // Apollo Client's development checks and messages, out of the production bundle (its docs).
    'globalThis.__DEV__': JSON.stringify(false),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
      // The library's files and the CSV export.
      '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
      // The library's files and the CSV export.
      '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each page loads, read by the first-load budget test
    // (tests/budget/). Not served: express.static ignores dot-directories.
    manifest: true,
    rolldownOptions: {
      // GraphiQL's Radix components start with "use client" (for React server components),
      // meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // The SPA, and the API explorer (GraphiQL, React): a page of its own at /explorer.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
      output: {
        // Long-lived libraries in their own chunks: they stay cached across app releases.
        codeSplitting: {
          groups: [
            // graphql and tslib are shared by the SPA's Apollo and the explorer's GraphiQL: their
            // own chunk keeps the explorer from loading the SPA's vue and apollo chunks. Only the
            // modules both use (minShareCount): the SPA does not load GraphiQL's validation and
            // schema code, which stays in the explorer's chunk.
            {
              name: 'graphql',
              test: /node_modules[\\/](graphql|tslib)[\\/]/,
              priority: 10,
              minShareCount: 2,
            },
            {
              name: 'vue',
              // Not @vue/apollo-composable: it goes with Apollo Client (below), loaded with the
              // first page that needs it, not with Vue in every first load.
              test: /node_modules[\\/](@vue(?![\\/]apollo-composable)|vue|vue-router|vue-i18n|@intlify)[\\/]/,
            },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|@wry|optimism|zen-observable|ts-invariant|symbol-observable|@graphql-typed-document-node|@vue[\\/]apollo-composable)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
