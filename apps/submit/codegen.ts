import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the portal: every `graphql(...)` call under src/modules is checked against
 * the API's checked-in schema and gets its result and variables types in src/generated/.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/modules/**/graphql/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTimeISO: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
