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
