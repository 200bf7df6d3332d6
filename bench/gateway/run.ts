/**
 * `npm run bench:gateway`: the fake upstream directly, Duet's gateway and Portkey's
 * gateway, side by side on the same fake upstream, in one run. Prints a Markdown
 * report and writes it to bench/results/gateway-latest.md. Exits 1 when a target
 * could not start or produced wrong output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BenchClient } from './bench-client.js';
import { cleanUpNow } from './cleanup.js';
import { envHelp, loadConfig, type BenchConfig } from './config.js';
import { startFakeUpstream } from './fake-upstream.js';
import { machineInfo } from './machine.js';
import {
  checkOutput,
  firstTextLatency,
  streamCpu,
  wholeLatency,
  WrongOutputError,
  type Contender,
  type LatencySample,
  type StreamCpu,
} from './measure.js';
import { PORTKEY_HONO_NODE_SERVER, preparePortkeyRuntime, type PortkeyRuntime } from './portkey-runtime.js';
import { cpuSeconds, descendants, memoryKb } from './proc-stats.js';
import { renderReport, type TargetReport } from './report.js';
import { summarizePhase, type PhaseSummary } from './stats.js';
import { BENCH_ANTHROPIC_KEY, directTarget, startDuet, startPortkey, TARGET_LABELS, type Target, type TargetId } from './targets.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const started = performance.now();

function log(message: string): void {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

let portkeyRuntime: PortkeyRuntime | undefined;

async function startGateway(id: BenchConfig['gateways'][number], config: BenchConfig, upstreamUrl: string): Promise<Target> {
  const common = { upstreamUrl, repoRoot, timeoutMs: config.startTimeoutMs };
  if (id === 'duet') {
    // Only Duet is profiled: it exits cleanly on SIGTERM, which is when Node writes the profile.
    const nodeFlags = config.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(config.cpuProfileDir)}`] : [];
    return startDuet({ ...common, nodeFlags });
  }
  portkeyRuntime = await preparePortkeyRuntime(repoRoot);
  return startPortkey({ ...common, nodeFlags: [], runtime: portkeyRuntime });
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(`npm run bench:gateway — Duet's gateway vs Portkey's, on a fake Anthropic upstream.\n\nEnvironment:\n${envHelp()}`);
    return 0;
  }
  const config = loadConfig();
  const upstream = await startFakeUpstream({ apiKey: BENCH_ANTHROPIC_KEY, deltasPerWrite: config.deltasPerWrite });
  log(`fake upstream at ${upstream.url}`);
  const contenders: Contender[] = [];
  const reports = new Map<string, TargetReport>();
  const contender = (target: Target): Contender => ({ target, client: new BenchClient(target.endpoint) });

  try {
    contenders.push(contender(directTarget(upstream.url)));
    for (const id of config.gateways) {
      try {
        const target = await startGateway(id, config, upstream.url);
        log(`${target.label} pid ${target.gateway?.pid} on ${target.gateway?.nodeVersion} at ${target.endpoint.baseUrl}`);
        contenders.push(contender(target));
      } catch (error) {
        log(`${TARGET_LABELS[id]} did not start: ${String(error)}`);
        reports.set(id, { id, label: TARGET_LABELS[id], nodeVersion: '—', failure: `did not start: ${error instanceof Error ? error.message : String(error)}` });
      }
    }

    for (const c of contenders) {
      try {
        await checkOutput(c);
      } catch (error) {
        c.failure = error instanceof Error ? error.message : String(error);
        if (c.target.id === 'direct') throw error;
        log(`${c.target.label}: ${c.failure}`);
      }
    }

    log(`first-chunk latency: ${config.warmupRequests} + ${config.latencyRequests} streaming requests per target`);
    const shortSpec = { deltas: config.shortDeltas, text: config.shortText };
    const firstText = await withGatewayCpu(contenders, config.warmupRequests + config.latencyRequests, () =>
      firstTextLatency(contenders, upstream.lastTiming, config.warmupRequests, config.latencyRequests, shortSpec),
    );
    log(`non-stream latency: ${config.warmupRequests} + ${config.nonStreamRequests} requests per target`);
    const whole = await withGatewayCpu(contenders, config.warmupRequests + config.nonStreamRequests, () =>
      wholeLatency(contenders, upstream.lastTiming, config.warmupRequests, config.nonStreamRequests, shortSpec),
    );

    const longRuns = new Map<TargetId, StreamCpu[]>(contenders.map((c) => [c.target.id, []]));
    const concurrentRuns = new Map<TargetId, StreamCpu[]>(contenders.map((c) => [c.target.id, []]));
    for (let round = 1; round <= config.cpuRepeats; round++) {
      for (const c of contenders) {
        const of = `${round}/${config.cpuRepeats}`;
        log(`${c.target.label}: (a) one stream of ${config.longDeltas} deltas, run ${of}`);
        const long = await streamCpu(c, 1, config.longDeltas, config.deltaText, config.settleMs);
        if (long) longRuns.get(c.target.id)?.push(long);
        log(`${c.target.label}: (b) ${config.concurrentStreams} concurrent streams of ${config.concurrentDeltas} deltas, run ${of}`);
        const concurrent = await streamCpu(c, config.concurrentStreams, config.concurrentDeltas, config.deltaText, config.settleMs);
        if (concurrent) concurrentRuns.get(c.target.id)?.push(concurrent);
      }
    }

    for (const { target, failure } of contenders) {
      const gateway = target.gateway;
      const memory = gateway && !failure ? memoryKb(gateway.pid) : undefined;
      reports.set(target.id, {
        id: target.id,
        label: target.label,
        nodeVersion: gateway?.nodeVersion ?? process.version,
        failure,
        firstText: firstText.get(target.id),
        whole: whole.get(target.id),
        longStream: longRuns.get(target.id),
        concurrent: concurrentRuns.get(target.id),
        memory:
          gateway && memory
            ? {
                startRssKb: gateway.startRssKb,
                endRssKb: memory.rss,
                peakKb: memory.peak,
                extraProcesses: descendants(gateway.pid).map((p) => ({ name: p.name, rssKb: safeRss(p.pid) })),
              }
            : undefined,
      });
    }
    for (const { target, failure } of contenders) {
      if (failure && target.gateway) log(`${target.label} failed; its last output:\n${target.gateway.process.recentOutput().slice(-2000)}`);
    }
  } finally {
    for (const c of contenders) c.client.close();
    await Promise.all(contenders.map((c) => c.target.gateway?.process.stop()));
    await upstream.close();
    portkeyRuntime?.dispose();
  }

  const order = ['direct', ...config.gateways];
  const targets = order.map((id) => reports.get(id)).filter((r): r is TargetReport => r !== undefined);
  const markdown = renderReport({
    date: new Date(),
    durationSeconds: (performance.now() - started) / 1000,
    machine: machineInfo(),
    benchNodeVersion: process.version,
    config,
    targets,
    notes: [
      'Duet: `node bin/duet-gateway.mjs --port 0`, exactly as the repo ships it.',
      portkeyRuntime
        ? `Portkey: @portkey-ai/gateway ${portkeyRuntime.portkeyVersion}, its unmodified build/start-server.js with \`--headless\`, on @hono/node-server ${PORTKEY_HONO_NODE_SERVER}: ` +
          'with the 1.19.x that npm installs for its "^1.3.3", every streamed answer fails with "TypeError: immutable" (Portkey-AI/gateway#1389). ' +
          "Portkey's stream transformer waits 25 ms before its first chunk (a `setTimeout(…, 25)` in start-server.js), which dominates its first-chunk figures."
        : '',
    ].filter(Boolean),
  });
  const outFile = resolve(repoRoot, config.outFile);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, markdown);
  console.log(markdown);
  log(`report written to ${config.outFile}`);
  if (config.cpuProfileDir) log(`Duet CPU profile in ${config.cpuProfileDir}; summarize with: npx tsx bench/gateway/profile-summary.ts ${config.cpuProfileDir}/*.cpuprofile`);

  const failed = targets.filter((t) => t.failure);
  for (const t of failed) console.error(`ERROR: ${t.label}: ${t.failure}`);
  return failed.length > 0 ? 1 : 0;
}

/** Runs a latency phase and summarizes it, with each gateway's CPU time per request over the phase. */
async function withGatewayCpu(
  contenders: readonly Contender[],
  requestsPerTarget: number,
  phase: () => Promise<Map<TargetId, LatencySample[]>>,
): Promise<Map<TargetId, PhaseSummary>> {
  const cpuNow = (): Map<TargetId, number> =>
    new Map(contenders.flatMap(({ target }) => (target.gateway ? [[target.id, cpuSeconds(target.gateway.pid)] as const] : [])));
  const before = cpuNow();
  const samples = await phase();
  const after = cpuNow();
  const summaries = new Map<TargetId, PhaseSummary>();
  for (const [id, list] of samples) {
    const start = before.get(id);
    const end = after.get(id);
    const cpuMs = start === undefined || end === undefined ? undefined : ((end - start) * 1000) / requestsPerTarget;
    summaries.set(id, summarizePhase(list, cpuMs));
  }
  return summaries;
}

function safeRss(pid: number): number {
  try {
    return memoryKb(pid).rss;
  } catch {
    return NaN;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    cleanUpNow();
    console.error(error instanceof WrongOutputError ? `ERROR (wrong output): ${error.message}` : error);
    process.exitCode = 1;
  },
);
