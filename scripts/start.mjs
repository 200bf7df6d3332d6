#!/usr/bin/env node
/**
 * `npm start`: the desktop app. `npm install` does not download Electron's
 * binary (package.json denies its install script, so installs succeed offline);
 * the first start fetches it. Where it cannot be fetched, say so and serve the
 * same app from the web host instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ensureBuild } from './ensure-build.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function electronPath() {
  try {
    return require('electron');
  } catch {
    return undefined;
  }
}

let binary = electronPath();
if (!binary && process.env.DUET_SKIP_ELECTRON_DOWNLOAD !== '1') {
  console.log('Fetching the Electron binary (first start only)…');
  const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  binary = electronPath();
  if (!binary) console.log(`Could not fetch it: ${(install.stderr || install.stdout || 'timed out').trim().split('\n')[0]}`);
}

if (!binary) {
  console.log(`
The Electron binary is not installed, and it could not be downloaded from this
machine (Electron's installer fetches it from GitHub). Duet runs the same app in
your browser instead: the web host below serves it on 127.0.0.1 with the same
gateway and contract. To get the desktop app later, run "npm start" again where
GitHub is reachable. To start the web host directly, run "npm run web".
`);
  await import('./web.mjs');
} else {
  ensureBuild();
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
