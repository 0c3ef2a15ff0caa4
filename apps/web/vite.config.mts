import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compressAssets } from './vite-plugins/compress-assets.mjs';
import { inlineGraphqlDocuments } from './vite-plugins/inline-documents.mjs';
import { mantineStylesCheck } from './vite-plugins/mantine-styles-check.mjs';
import { publicBudget } from './vite-plugins/public-budget.mjs';

// Nx runs vite from the workspace root, so every path is anchored to this file instead of the working directory.
const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: appRoot,
  plugins: [inlineGraphqlDocuments(`${workspaceRoot}libs/web/data-access/src/gql/graphql.ts`), react(), publicBudget(), mantineStylesCheck(), compressAssets()],
  resolve: {
    alias: [
      { find: /^@ascend\/web\/ui$/, replacement: `${workspaceRoot}libs/web/ui/src/index.ts` },
      { find: /^@ascend\/web\/data-access$/, replacement: `${workspaceRoot}libs/web/data-access/src/index.ts` },
    ],
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // What the entry needs before it runs travels as one file: one request instead of twenty, and better compressed.
        codeSplitting: {
          groups: [{ name: 'public', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    // Anchored so that client routes which merely start with the same letters (say /developers) stay here.
    proxy: { '^/(graphql|health|ready|dev|calendar)(/|\\?|$)': 'http://localhost:3000' },
  },
});
