/** Small summary statistics for latency samples. */

/** The q-quantile (0..1) of the samples, interpolating linearly between ranks. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? NaN;
  const highValue = sorted[high] ?? NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  return { n: samples.length, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

export interface PhaseSummary {
  total: LatencySummary;
  /** Medians of the parts of a request, as seen from the fake upstream. */
  toUpstreamP50: number;
  uploadP50: number;
  backP50: number;
  /** Gateway CPU milliseconds per request over the phase (warm-up included); undefined for the direct baseline. */
  gatewayCpuMsPerRequest?: number;
}

export function summarizePhase(
  samples: readonly { totalMs: number; toUpstreamMs: number; uploadMs: number; backMs: number }[],
  gatewayCpuMsPerRequest?: number,
): PhaseSummary {
  const median = (pick: (s: (typeof samples)[number]) => number): number => percentile(samples.map(pick).filter((v) => !Number.isNaN(v)), 0.5);
  return {
    total: summarize(samples.map((s) => s.totalMs)),
    toUpstreamP50: median((s) => s.toUpstreamMs),
    uploadP50: median((s) => s.uploadMs),
    backP50: median((s) => s.backMs),
    ...(gatewayCpuMsPerRequest === undefined ? {} : { gatewayCpuMsPerRequest }),
  };
}
