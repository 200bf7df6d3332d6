import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** Explicit entries: the layout is electron/ + renderer/, not electron-vite's src/ default. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
      chunkSizeWarningLimit: 8000,
    },
    // Workers have no DOM: the markdown worker takes the packages' worker builds (their `worker` export condition).
    worker: { plugins: () => [workerExportCondition()] },
  },
});

/** decode-named-character-reference's browser build decodes entities with `document`, which a worker lacks. */
function workerExportCondition(): Plugin {
  return {
    name: 'duet-worker-export-condition',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (source !== 'decode-named-character-reference') return null;
      return this.resolve(source, importer, { ...options, skipSelf: true, custom: options.custom }).then((resolved) =>
        resolved ? { ...resolved, id: resolved.id.replace(/index\.dom\.js$/, 'index.js') } : null,
      );
    },
  };
}
