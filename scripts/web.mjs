#!/usr/bin/env node
/** `npm run web`: build if needed, then serve Duet to a browser tab from the web host. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureBuild } from './ensure-build.mjs';

const root = resolve(import.meta.dirname, '..');
ensureBuild();
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
