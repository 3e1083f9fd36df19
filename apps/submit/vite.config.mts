import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const workspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const api = 'http://localhost:4000';

export default defineConfig({
  base: '/submit/',
  plugins: [react()],
  resolve: {
    // workspace packages are bundled from source, no build step in between
    alias: {
      '@govtrust/indicators': workspace('packages/indicators/src/index.ts'),
      '@govtrust/ui': workspace('packages/ui/src/index.ts'),
    },
  },
  build: {
    rolldownOptions: {
      // The workspace packages are pure modules but ship no `sideEffects` flag; without this the
      // preset registry would land in the entry chunk through the shared UI barrel.
      treeshake: { moduleSideEffects: [{ test: /packages[\\/](indicators|ui)[\\/]src[\\/]/, sideEffects: false }] },
    },
    // The entry chunk holds React, React Router, Apollo, the antd parts of the shell, login and
    // message/modal hooks, and the typed documents (~1.0 MB, ~320 kB gzip); pages load lazily.
    // Splitting vendors into their own chunks only moved antd code from the lazy pages into the
    // first load, so the limit records the budget instead.
    chunkSizeWarningLimit: 1100,
  },
  server: {
    port: 5174,
    proxy: { '/graphql': api, '/files': api, '/health': api },
  },
  preview: {
    port: 4174,
    proxy: { '/graphql': api, '/files': api, '/health': api },
  },
});
