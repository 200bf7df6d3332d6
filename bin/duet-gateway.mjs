#!/usr/bin/env node
/**
 * duet-gateway: works right after `npm install`, with no build step to remember.
 * The gateway is bundled from its TypeScript sources with esbuild when the
 * bundle is missing or older than the sources (about 30 ms), then run as plain
 * JavaScript: a TypeScript loader at run time would cost ~70 MB of memory.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newestMtime } from '../scripts/newest-mtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'electron/cli/duet-gateway.ts');
const bundle = join(root, 'out/gateway/cli.mjs');

function isFresh() {
  if (!existsSync(bundle)) return false;
  const sources = Math.max(...['electron/cli', 'electron/gateway', 'electron/services', 'shared'].map((dir) => newestMtime(join(root, dir))));
  return statSync(bundle).mtimeMs >= sources;
}

async function build() {
  const { build: bundleWith } = await import('esbuild');
  await bundleWith({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
}

try {
  if (!isFresh()) await build();
  await import(pathToFileURL(bundle).href);
} catch (error) {
  // A read-only install cannot write the bundle: run the sources through tsx instead.
  if (!(error instanceof Error) || !/EACCES|EROFS|EPERM/.test(String(error.message))) throw error;
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
