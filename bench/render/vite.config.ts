import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The bench-only four-pane page, built apart from the app (out/bench-render), served by the bench under /bench-render/. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: '/bench-render/',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../../out/bench-render'), emptyOutDir: true, chunkSizeWarningLimit: 8000 },
});
