/**
 * The benchmark's phases. Every response is checked against the text the fake
 * upstream was asked for: a target with wrong output gets no numbers.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectedText, type AnswerSpec } from './answer-spec.js';
import type { BenchClient } from './bench-client.js';
import type { UpstreamTiming } from './fake-upstream.js';
import { cpuSeconds } from './proc-stats.js';
import type { Target, TargetId } from './targets.js';

/** A target under measurement, with the client that calls it and why it was dropped, if it was. */
export interface Contender {
  target: Target;
  client: BenchClient;
  failure?: string;
}

export class WrongOutputError extends Error {}

/** Throws unless `got` is exactly the answer `spec` describes. */
export function checkText(label: string, what: string, got: string, spec: AnswerSpec): void {
  const want = expectedText(spec);
  if (got === want) return;
  let at = 0;
  while (at < want.length && got[at] === want[at]) at++;
  throw new WrongOutputError(
    `${label}, ${what}: expected ${want.length} chars (${spec.deltas} × ${JSON.stringify(spec.text)}), got ${got.length}; ` +
      `first difference at ${at}: expected ${JSON.stringify(want.slice(at, at + 40))}, got ${JSON.stringify(got.slice(at, at + 40))}`,
  );
}

/** One stream and one whole answer with multi-byte text, before anything is timed. */
export async function checkOutput(contender: Contender): Promise<void> {
  const { label } = contender.target;
  const spec: AnswerSpec = { deltas: 7, text: 'Grüße, bench ✓ 🚀 ' };
  const streamed = await contender.client.stream(spec);
  checkText(label, 'check stream', streamed.text, spec);
  const whole = await contender.client.whole(spec);
  checkText(label, 'check non-stream', whole.text, spec);
}

function alive(contenders: readonly Contender[]): Contender[] {
  return contenders.filter((contender) => contender.failure === undefined);
}

function fail(contender: Contender, error: unknown): void {
  contender.failure = error instanceof Error ? error.message : String(error);
}

/** One timed request, split at the moments the fake upstream saw it (same clock as the client). */
export interface LatencySample {
  /** To the first text chunk (stream) or the whole body (non-stream). */
  totalMs: number;
  /** Request start → the upstream has the request's headers. */
  toUpstreamMs: number;
  /** Upstream has the headers → it has the whole body. */
  uploadMs: number;
  /** Upstream hands its first delta (or whole answer) to the socket → the client has the first text (or whole body). */
  backMs: number;
}

export type UpstreamClock = () => UpstreamTiming | undefined;

function sample(startedAt: number, totalMs: number, timing: UpstreamTiming | undefined): LatencySample {
  if (!timing || timing.headersAt < startedAt) return { totalMs, toUpstreamMs: NaN, uploadMs: NaN, backMs: NaN };
  return {
    totalMs,
    toUpstreamMs: timing.headersAt - startedAt,
    uploadMs: timing.bodyAt - timing.headersAt,
    backMs: startedAt + totalMs - timing.answeredAt,
  };
}

/**
 * Sequential requests, interleaved across targets (A B C, B C A, …) so that drift
 * in the machine's speed hits every target alike. Returns each target's samples.
 */
async function interleaved(
  contenders: readonly Contender[],
  warmup: number,
  requests: number,
  once: (contender: Contender) => Promise<LatencySample>,
): Promise<Map<TargetId, LatencySample[]>> {
  const samples = new Map<TargetId, LatencySample[]>(contenders.map((contender) => [contender.target.id, []]));
  for (let i = 0; i < warmup + requests; i++) {
    const round = alive(contenders);
    for (let k = 0; k < round.length; k++) {
      const contender = round[(i + k) % round.length];
      if (!contender) continue;
      try {
        const result = await once(contender);
        if (i >= warmup) samples.get(contender.target.id)?.push(result);
      } catch (error) {
        fail(contender, error);
      }
    }
  }
  return samples;
}

/** Time from request start to the first chunk with non-empty text, for a short streamed answer. */
export function firstTextLatency(
  contenders: readonly Contender[],
  upstream: UpstreamClock,
  warmup: number,
  requests: number,
  spec: AnswerSpec,
): Promise<Map<TargetId, LatencySample[]>> {
  return interleaved(contenders, warmup, requests, async ({ target, client }) => {
    const result = await client.stream(spec);
    checkText(target.label, 'latency stream', result.text, spec);
    return sample(result.startedAt, result.firstTextMs, upstream());
  });
}

/** Time for a whole non-stream request. */
export function wholeLatency(
  contenders: readonly Contender[],
  upstream: UpstreamClock,
  warmup: number,
  requests: number,
  spec: AnswerSpec,
): Promise<Map<TargetId, LatencySample[]>> {
  return interleaved(contenders, warmup, requests, async ({ target, client }) => {
    const result = await client.whole(spec);
    checkText(target.label, 'non-stream', result.text, spec);
    return sample(result.startedAt, result.totalMs, upstream());
  });
}

export interface StreamCpu {
  streams: number;
  deltasPerStream: number;
  wallMs: number;
  /** CPU seconds the gateway process used; undefined for the direct baseline. */
  gatewayCpuSeconds: number | undefined;
  /** Text-carrying SSE events received per stream (deltas may be merged or split by a gateway). */
  textEventsPerStream: number;
}

/** `streams` concurrent streams of `deltasPerStream` deltas each, with the gateway's CPU time read around them. */
export async function streamCpu(contender: Contender, streams: number, deltasPerStream: number, text: string, settleMs: number): Promise<StreamCpu | undefined> {
  if (contender.failure !== undefined) return undefined;
  const { target, client } = contender;
  const spec: AnswerSpec = { deltas: deltasPerStream, text };
  const pid = target.gateway?.pid;
  try {
    await sleep(settleMs);
    const cpuBefore = pid === undefined ? 0 : cpuSeconds(pid);
    const start = performance.now();
    const results = await Promise.all(Array.from({ length: streams }, () => client.stream(spec)));
    const wallMs = performance.now() - start;
    await sleep(settleMs);
    const gatewayCpuSeconds = pid === undefined ? undefined : cpuSeconds(pid) - cpuBefore;
    results.forEach((result, i) => checkText(target.label, `stream ${i + 1} of ${streams} (${deltasPerStream} deltas)`, result.text, spec));
    const textEvents = results.reduce((sum, result) => sum + result.textEvents, 0);
    return { streams, deltasPerStream, wallMs, gatewayCpuSeconds, textEventsPerStream: textEvents / streams };
  } catch (error) {
    fail(contender, error);
    return undefined;
  }
}

/** CPU seconds per 10,000 streamed text deltas. */
export function cpuPer10k(run: StreamCpu | undefined): number | undefined {
  if (run?.gatewayCpuSeconds === undefined) return undefined;
  return (run.gatewayCpuSeconds / (run.streams * run.deltasPerStream)) * 10_000;
}
