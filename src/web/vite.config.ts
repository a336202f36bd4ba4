// Builds the workbench UI from src/web into web-dist/ at the repository root, which `newsgraph serve` serves.
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../web-dist', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~400 kB; the UI is served locally, so one large chunk is fine.
    chunkSizeWarningLimit: 1200,
  },
});
