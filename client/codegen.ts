import type { CodegenConfig } from '@graphql-codegen/cli';

// The client reads only the committed schema, never a running server.
// CODEGEN_OUT lets `pnpm codegen:check` generate into a temporary folder and compare.
const out = process.env.CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
    // Which object types each interface stands for: Apollo's cache needs it to match a fragment
    // on an interface (the mutation payloads' TransactionChange, LibraryDocumentChange, …).
    [`${out}possible-types.ts`]: {
      plugins: ['fragment-matcher'],
    },
  },
};

export default config;
