import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';

/**
 * The one codegen configuration: `nx run web:codegen` writes with it and src/codegen.spec.ts compares its
 * output with the committed files. Paths are relative to the workspace root, wherever the process starts.
 */
const codegenConfig: CodegenConfig = {
  cwd: path.resolve(__dirname, '../../..'),
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}', '!libs/web/data-access/src/gql/**'],
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        // JSON carries dates as ISO strings; typing them so keeps `any` out of the app.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default codegenConfig;
