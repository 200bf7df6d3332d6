/**
 * How Portkey's gateway is run: its published build/start-server.js, unmodified, on Node 22.
 *
 * @portkey-ai/gateway 1.15.2 asks for "@hono/node-server": "^1.3.3", which installs 1.19.x here.
 * From @hono/node-server 1.14.2 on, every streamed chat completion fails with
 * "TypeError: immutable" (Portkey-AI/gateway#1389): Portkey appends headers to a Response
 * whose headers are the upstream fetch's immutable ones. So the bench resolves
 * @hono/node-server 1.14.1 (the last version Portkey streams with) through npx, next to
 * Node 22, and starts Portkey from a small folder of symlinks in which that version is found
 * first; every other import resolves to the project's node_modules as usual.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { onExit } from './cleanup.js';

export const PORTKEY_HONO_NODE_SERVER = '1.14.1';

export interface PortkeyRuntime {
  /** Node 22's own binary (not the npx wrapper), so the measured pid is Portkey's. */
  nodePath: string;
  nodeVersion: string;
  portkeyVersion: string;
  /** Node flags and script to pass to nodePath. */
  entryArgs: string[];
  /** Removes the folder of symlinks. */
  dispose(): void;
}

const run = promisify(execFile);

export async function preparePortkeyRuntime(repoRoot: string): Promise<PortkeyRuntime> {
  const { stdout } = await run(
    'npx',
    ['-y', '--prefer-offline', '-p', 'node@22', '-p', `@hono/node-server@${PORTKEY_HONO_NODE_SERVER}`, 'node', '-p', 'process.execPath + "\\n" + process.version'],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const [nodePath = '', nodeVersion = ''] = stdout.trim().split('\n').slice(-2);
  if (!nodePath.startsWith('/') || !nodeVersion.startsWith('v22')) throw new Error(`could not get Node 22 through npx (got "${stdout.trim()}")`);
  // npx installs both packages side by side: <cache>/node_modules/node/bin/node and <cache>/node_modules/@hono/node-server.
  const honoNodeServer = resolve(nodePath, '../../../@hono/node-server');
  if (!existsSync(join(honoNodeServer, 'package.json'))) throw new Error(`@hono/node-server ${PORTKEY_HONO_NODE_SERVER} not found next to ${nodePath}`);

  const packageDir = resolve(repoRoot, 'node_modules/@portkey-ai/gateway');
  const portkeyVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

  // <shim>/node_modules -> the project's; <shim>/pk/node_modules holds the pinned and Portkey's nested packages.
  const shim = mkdtempSync(join(tmpdir(), 'duet-bench-portkey-'));
  const dispose = (): void => rmSync(shim, { recursive: true, force: true });
  onExit(dispose);
  symlinkSync(resolve(repoRoot, 'node_modules'), join(shim, 'node_modules'));
  const own = join(shim, 'pk/node_modules');
  mkdirSync(join(own, '@hono'), { recursive: true });
  symlinkSync(honoNodeServer, join(own, '@hono/node-server'));
  const nested = join(packageDir, 'node_modules');
  if (existsSync(nested)) {
    for (const name of readdirSync(nested)) {
      if (name.startsWith('.') || name === '@hono') continue;
      symlinkSync(join(nested, name), join(own, name));
    }
  }
  const entry = join(shim, 'pk/build/start-server.js');
  mkdirSync(dirname(entry), { recursive: true });
  symlinkSync(join(packageDir, 'build/start-server.js'), entry);

  return {
    nodePath,
    nodeVersion,
    portkeyVersion,
    // The entry keeps its symlinked path, so its imports are resolved from the shim folder.
    entryArgs: ['--preserve-symlinks-main', entry],
    dispose,
  };
}
