/**
 * The three things the benchmark calls: the fake upstream directly (the baseline),
 * Duet's gateway and Portkey's open-source gateway, each gateway in its own child
 * process so its CPU and memory can be read on their own.
 */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Endpoint } from './bench-client.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import type { PortkeyRuntime } from './portkey-runtime.js';
import { memoryKb } from './proc-stats.js';

export type TargetId = 'direct' | 'duet' | 'portkey';

export const TARGET_LABELS: Record<TargetId, string> = {
  direct: 'direct to fake',
  duet: 'Duet gateway',
  portkey: 'Portkey gateway',
};

export interface GatewayInfo {
  pid: number;
  nodeVersion: string;
  /** Resident memory right after start, before any request (kB). */
  startRssKb: number;
  process: GatewayProcess;
}

export interface Target {
  id: TargetId;
  label: string;
  endpoint: Endpoint;
  /** Absent for the direct baseline. */
  gateway?: GatewayInfo;
}

export interface GatewayStartOptions {
  upstreamUrl: string;
  repoRoot: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags: string[];
  timeoutMs: number;
}

export const BENCH_ANTHROPIC_KEY = 'sk-ant-bench';
const DUET_TOKEN = 'bench-token';

export function directTarget(upstreamUrl: string): Target {
  return {
    id: 'direct',
    label: TARGET_LABELS.direct,
    endpoint: { baseUrl: upstreamUrl, format: 'anthropic', headers: { 'x-api-key': BENCH_ANTHROPIC_KEY, 'anthropic-version': '2023-06-01' } },
  };
}

/** `node bin/duet-gateway.mjs` on this Node (20), on a port it picks and prints. */
export async function startDuet(options: GatewayStartOptions): Promise<Target> {
  const gatewayProcess = await startGatewayProcess({
    label: 'Duet gateway',
    command: process.execPath,
    args: [...options.nodeFlags, resolve(options.repoRoot, 'bin/duet-gateway.mjs'), '--port', '0'],
    cwd: options.repoRoot,
    env: {
      ...childEnv(),
      ANTHROPIC_BASE_URL: options.upstreamUrl,
      ANTHROPIC_API_KEY: BENCH_ANTHROPIC_KEY,
      DUET_GATEWAY_TOKEN: DUET_TOKEN,
    },
    ready: /Duet gateway listening at (http:\/\/\S+?)\/v1\b/,
    timeoutMs: options.timeoutMs,
  });
  return {
    id: 'duet',
    label: TARGET_LABELS.duet,
    endpoint: { baseUrl: gatewayProcess.readyMatch[1] ?? '', format: 'openai', headers: { authorization: `Bearer ${DUET_TOKEN}` } },
    gateway: gatewayInfo(gatewayProcess, process.version),
  };
}

/** Portkey's published start-server.js on Node 22, on a free port (it cannot pick one itself). */
export async function startPortkey(options: GatewayStartOptions & { runtime: PortkeyRuntime }): Promise<Target> {
  const port = await freePort();
  const gatewayProcess = await startGatewayProcess({
    label: 'Portkey gateway',
    command: options.runtime.nodePath,
    // start-server.js reads only `--port=N` (with "=") and `--headless` (no UI, no log-stream route).
    args: [...options.nodeFlags, ...options.runtime.entryArgs, `--port=${port}`, '--headless'],
    cwd: options.repoRoot,
    env: childEnv(),
    ready: /Ready for connections/,
    timeoutMs: options.timeoutMs,
  });
  return {
    id: 'portkey',
    label: TARGET_LABELS.portkey,
    endpoint: {
      baseUrl: `http://127.0.0.1:${port}`,
      format: 'openai',
      headers: {
        'x-portkey-provider': 'anthropic',
        'x-portkey-custom-host': `${options.upstreamUrl}/v1`,
        authorization: `Bearer ${BENCH_ANTHROPIC_KEY}`,
      },
    },
    gateway: gatewayInfo(gatewayProcess, options.runtime.nodeVersion),
  };
}

function gatewayInfo(gatewayProcess: GatewayProcess, nodeVersion: string): GatewayInfo {
  return { pid: gatewayProcess.pid, nodeVersion, startRssKb: memoryKb(gatewayProcess.pid).rss, process: gatewayProcess };
}

/** The environment for gateway children, without anything that would point them elsewhere. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'DUET_GATEWAY_TOKEN', 'PORT', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
    delete env[name];
  }
  return env;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (typeof address !== 'object' || address === null) throw new Error('could not find a free port');
  return address.port;
}
