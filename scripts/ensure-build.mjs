/**
 * Builds the app with electron-vite when the output is missing or older than
 * the sources, so `npm start` and `npm run web` never serve a stale renderer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestMtime } from './newest-mtime.mjs';

const root = resolve(import.meta.dirname, '..');
const SOURCES = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/renderer/index.html', 'out/main/index.js', 'out/preload/index.cjs'];

export function ensureBuild() {
  const outputs = OUTPUTS.map((path) => join(root, path));
  const fresh =
    outputs.every((path) => existsSync(path)) &&
    Math.min(...outputs.map((path) => statSync(path).mtimeMs)) >= Math.max(...SOURCES.map((path) => newestMtime(join(root, path))));
  if (fresh) return;
  console.log('Building Duet (electron-vite build)…');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
