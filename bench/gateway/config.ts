/**
 * Every count and knob of the gateway benchmark, overridable by environment variables
 * (the defaults keep a whole run within a few minutes on a 2-core machine).
 */
import type { TargetId } from './targets.js';

export interface BenchConfig {
  /** Gateways to measure; the direct baseline is always measured. */
  gateways: Exclude<TargetId, 'direct'>[];
  warmupRequests: number;
  latencyRequests: number;
  nonStreamRequests: number;
  /** The short answer of the latency phases. */
  shortDeltas: number;
  shortText: string;
  /** The CPU phases: one long stream, then several concurrent ones. */
  longDeltas: number;
  concurrentStreams: number;
  concurrentDeltas: number;
  /** How many times each CPU phase runs per target (interleaved); the report shows medians. */
  cpuRepeats: number;
  deltaText: string;
  /** How many delta frames the fake upstream sends per socket write. */
  deltasPerWrite: number;
  startTimeoutMs: number;
  /** Pause after a CPU phase before reading CPU time, so trailing work (logging) is counted. */
  settleMs: number;
  /** When set, gateways run with --cpu-prof and write their profiles here. */
  cpuProfileDir: string | undefined;
  outFile: string;
}

const ENV_HELP = {
  BENCH_GATEWAYS: 'gateways to measure, comma-separated (duet,portkey)',
  BENCH_WARMUP: 'warm-up requests per target before each latency phase (20)',
  BENCH_LATENCY_REQUESTS: 'sequential streaming requests per target for first-chunk latency (200)',
  BENCH_NONSTREAM_REQUESTS: 'sequential non-stream requests per target (200)',
  BENCH_SHORT_DELTAS: 'text deltas in the short answer of the latency phases (5)',
  BENCH_LONG_DELTAS: 'text deltas in the single long stream (50000)',
  BENCH_CONCURRENT_STREAMS: 'concurrent streams in the concurrency phase (20)',
  BENCH_CONCURRENT_DELTAS: 'text deltas per concurrent stream (5000)',
  BENCH_CPU_REPEATS: 'runs of each CPU phase per target, interleaved; medians are reported (3)',
  BENCH_DELTA_TEXT: 'text of every delta in the CPU phases (" wörd")',
  BENCH_DELTAS_PER_WRITE: 'delta frames per upstream socket write (1)',
  BENCH_CPU_PROF: 'directory: run Duet with node --cpu-prof and write its profiles there',
  BENCH_OUT: 'where to write the Markdown report (bench/results/gateway-latest.md)',
} as const;

export function envHelp(): string {
  return Object.entries(ENV_HELP)
    .map(([name, meaning]) => `  ${name.padEnd(26)} ${meaning}`)
    .join('\n');
}

function count(name: keyof typeof ENV_HELP, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function gateways(): BenchConfig['gateways'] {
  const raw = process.env.BENCH_GATEWAYS ?? 'duet,portkey';
  const names = raw.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (name !== 'duet' && name !== 'portkey') throw new Error(`BENCH_GATEWAYS: unknown gateway "${name}" (duet, portkey)`);
  }
  return [...new Set(names)] as BenchConfig['gateways'];
}

export function loadConfig(): BenchConfig {
  return {
    gateways: gateways(),
    warmupRequests: count('BENCH_WARMUP', 20, 0),
    latencyRequests: count('BENCH_LATENCY_REQUESTS', 200),
    nonStreamRequests: count('BENCH_NONSTREAM_REQUESTS', 200),
    shortDeltas: count('BENCH_SHORT_DELTAS', 5),
    shortText: 'Hi there. ',
    longDeltas: count('BENCH_LONG_DELTAS', 50_000),
    concurrentStreams: count('BENCH_CONCURRENT_STREAMS', 20),
    concurrentDeltas: count('BENCH_CONCURRENT_DELTAS', 5_000),
    cpuRepeats: count('BENCH_CPU_REPEATS', 3),
    deltaText: process.env.BENCH_DELTA_TEXT || ' wörd',
    deltasPerWrite: count('BENCH_DELTAS_PER_WRITE', 1),
    startTimeoutMs: 60_000,
    settleMs: 300,
    cpuProfileDir: process.env.BENCH_CPU_PROF || undefined,
    outFile: process.env.BENCH_OUT || 'bench/results/gateway-latest.md',
  };
}
