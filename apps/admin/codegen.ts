import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the console, generated from the API's checked-in schema. Each document lives
 * in its own file under src/modules/<feature>/graphql/ and is written with the generated `graphql()`.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { ID: 'string', DateTimeISO: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
